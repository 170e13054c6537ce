import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { format } from "date-fns";
import { isIsoDate } from "@/lib/domain";
import { flattenRow } from "@/lib/reports/flatten";
import { REPORT_KINDS, reportRows, type ReportKind } from "@/lib/reports/reports";
import { getSnapshot } from "@/lib/server/state/org-state";
import { openCliDatabase } from "./cli-db";

const USAGE = "usage: baton report gaps|heatmap|pipeline [--as-of YYYY-MM-DD] [--format json|csv]";

// report gaps|heatmap|pipeline [--as-of DATE] [--format json|csv]
// Only the report goes to stdout, so it can be piped.
export async function runReport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { "as-of": { type: "string" }, format: { type: "string", default: "json" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const kind = positionals[0] as ReportKind | undefined;
  if (!kind || !REPORT_KINDS.includes(kind) || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const asOf = values["as-of"] ?? format(new Date(), "yyyy-MM-dd");
  if (!isIsoDate(asOf)) {
    console.error(`--as-of must be a real date as YYYY-MM-DD (got "${asOf}")`);
    return 1;
  }
  if (values.format !== "json" && values.format !== "csv") {
    console.error(`--format must be json or csv (got "${values.format}")`);
    return 1;
  }
  const db = await openCliDatabase();
  try {
    const snapshot = await getSnapshot({ db, asOf });
    const rows = reportRows(snapshot, kind);
    if (values.format === "json") {
      process.stdout.write(`${JSON.stringify({ asOf, rows }, null, 2)}\n`);
    } else {
      const flat = rows.map(flattenRow);
      process.stdout.write(stringify(flat, { header: true, columns: flat[0] ? Object.keys(flat[0]) : [], cast: { boolean: (b) => String(b) } }));
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}
