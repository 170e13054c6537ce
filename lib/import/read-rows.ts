import type { z } from "zod";
import { CSV_ROW_SCHEMAS, csvColumns, type ImportKind } from "@/lib/csv/rows";
import type { ErrorList } from "./errors";
import type { CsvRecord } from "./parse-csv";
import type { Located } from "./types";

// Header rules of SPEC §6: names are case-insensitive (already lower-cased by
// parseCsv), unknown and repeated names are refused, required ones must be
// there. Returns false when the header is unusable.
export function checkHeader(kind: ImportKind, header: string[], errors: ErrorList): boolean {
  const { required, optional } = csvColumns(kind);
  const known = new Set([...required, ...optional]);
  const before = errors.count;
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") errors.add(1, null, "a column has no name in the header");
    else if (seen.has(name)) errors.add(1, name, `column "${name}" appears twice in the header`);
    seen.add(name);
  }
  const unknown = header.filter((name) => name !== "" && !known.has(name));
  if (unknown.length > 0) {
    errors.add(
      1,
      null,
      `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")} in a ${kind} file; the columns are: ${[...required, ...optional].join(", ")}`,
    );
  }
  const missing = required.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    errors.add(1, null, `missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
  }
  return errors.count === before;
}

// Every record through its kind's row schema. Only columns in the header are
// handed to zod, so an absent optional column comes out as undefined.
export function readRows<K extends ImportKind>(
  kind: K,
  header: string[],
  records: CsvRecord[],
  errors: ErrorList,
): Located<z.output<(typeof CSV_ROW_SCHEMAS)[K]>>[] {
  const schema = CSV_ROW_SCHEMAS[kind];
  const rows: Located<z.output<(typeof CSV_ROW_SCHEMAS)[K]>>[] = [];
  for (const record of records) {
    const input: Record<string, string> = {};
    header.forEach((name, index) => {
      input[name] = record.cells[index] ?? "";
    });
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ row: record.row, data: result.data as z.output<(typeof CSV_ROW_SCHEMAS)[K]> });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = typeof issue.path[0] === "string" ? issue.path[0] : null;
      errors.add(record.row, column, issue.message, record.line);
    }
  }
  return rows;
}
