import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeStage, formatImportErrors, formatImportSummary, importCsv, IMPORT_KINDS, isImportKind, type OnImportProgress } from "@/lib/import";
import { isIsoDate } from "@/lib/domain/dates";
import { createDb } from "@/lib/server/infra/db";
import { databaseTarget } from "@/lib/server/infra/database-url";
import { applyMigrations } from "@/lib/server/infra/migrations";

const USAGE = `usage: baton import ${IMPORT_KINDS.join("|")} <file> [--dry-run] [--sheet NAME] [--effective-date YYYY-MM-DD]`;

// On a terminal, one line on stderr rewritten as the import goes on, wiped
// at the end; never when stderr is a file or a pipe (cron, CI logs).
function terminalProgress(): OnImportProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ phase, done, total }) => {
    const line = phase === "done" ? "" : describeStage({ phase, done, total });
    process.stderr.write(`\r${line.padEnd(60)}\r${line}`);
    if (phase === "done") process.stderr.write("\r");
  };
}

// import people|positions|assessments|nominations <file> [--dry-run] [--sheet NAME]
// The file is CSV, or an Excel workbook (.xlsx: its first sheet, or --sheet).
// The summary goes to stdout; errors to stderr, one line each. Exit codes:
// 0 imported (or nothing to change), 1 the file was refused, 2 usage.
export async function runImport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { "dry-run": { type: "boolean", default: false }, sheet: { type: "string" }, "effective-date": { type: "string" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [kind, file, ...extra] = parsed.positionals;
  if (!kind || !file || extra.length > 0 || !isImportKind(kind)) {
    console.error(kind && !isImportKind(kind) ? `unknown import kind "${kind}"\n${USAGE}` : USAGE);
    return 2;
  }

  const effectiveDate = parsed.values["effective-date"];
  if (effectiveDate !== undefined && !isIsoDate(effectiveDate)) {
    console.error(`--effective-date must be a real date as YYYY-MM-DD, not "${effectiveDate}"`);
    return 2;
  }

  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    console.error(`cannot read ${file}: ${reason}`);
    return 1;
  }

  const target = databaseTarget();
  await applyMigrations(target);
  const db = createDb(target);
  try {
    const result = await importCsv({
      db,
      provider: target.provider,
      kind,
      content,
      fileName: path.basename(file),
      dryRun: parsed.values["dry-run"],
      sheet: parsed.values.sheet,
      effectiveDate,
      actor: { label: "cli" },
      onProgress: terminalProgress(),
    });
    if (!result.ok) {
      for (const line of formatImportErrors(result)) console.error(line);
      console.error(`${path.basename(file)}: refused with ${result.errorCount} error${result.errorCount === 1 ? "" : "s"}; nothing was written`);
      return 1;
    }
    for (const line of formatImportSummary(result)) console.log(line);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
