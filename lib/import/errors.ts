import { SUMMARY_ENTITIES, SUMMARY_ENTITY_WORDS, type ImportError, type ImportResult, type PlanResult } from "@/lib/csv/results";

// A file with a systematic mistake has an error on every row; past this many,
// more lines help nobody, but the total is still reported.
export const MAX_REPORTED_ERRORS = 200;

export class ErrorList {
  private readonly all: ImportError[] = [];
  private sheet: { name: string; letters: Map<string, string> } | null = null;
  private lines = new Map<number, number>();

  // From here on, an error on one of these rows also names the file line
  // where it starts, when that differs from the row.
  atLines(records: readonly { row: number; line?: number }[]): void {
    for (const record of records) if (record.line !== undefined) this.lines.set(record.row, record.line);
  }

  // From here on, errors name the workbook's sheet and the column's letter.
  inSheet(name: string, letters: Map<string, string>): void {
    this.sheet = { name, letters };
  }

  add(row: number, column: string | null, message: string, line = this.lines.get(row)): void {
    if (!this.sheet) {
      this.all.push({ row, ...(line !== undefined && line !== row ? { line } : {}), column, message });
      return;
    }
    const columnLetter = column ? this.sheet.letters.get(column) : undefined;
    this.all.push({ row, column, message, sheet: this.sheet.name, ...(columnLetter ? { columnLetter } : {}) });
  }

  get count(): number {
    return this.all.length;
  }

  // File order, so a person can work down the file; stable for equal rows.
  reported(): ImportError[] {
    return [...this.all].sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_ERRORS);
  }
}

export function formatImportError(error: ImportError): string {
  const column = error.column && (error.columnLetter ? `column ${error.columnLetter} (${error.column})` : `column ${error.column}`);
  const row = error.row > 0 ? `row ${error.row}${error.line !== undefined ? ` (line ${error.line} of the file)` : ""}` : null;
  const where = [error.sheet ? `sheet ${error.sheet}` : null, row ?? (error.sheet ? null : "file"), column];
  return `${where.filter(Boolean).join(", ")}: ${error.message}`;
}

// One line per error, plus a line for those left out of the list.
export function formatImportErrors(result: { errors: ImportError[]; errorCount: number }): string[] {
  const lines = result.errors.map(formatImportError);
  const rest = result.errorCount - result.errors.length;
  if (rest > 0) lines.push(`… and ${rest} more error${rest === 1 ? "" : "s"}`);
  return lines;
}

export function formatImportSummary(result: Exclude<PlanResult | ImportResult, { ok: false }>): string[] {
  const applied = "applied" in result ? result.applied : false;
  const verdict = !result.hasChanges
    ? "nothing to change"
    : applied
      ? "applied"
      : "dry run, nothing written";
  const when = !result.hasChanges ? "" : applied ? `, in effect from ${result.effectiveDate}` : `; would take effect on ${result.effectiveDate}`;
  const lines = [`${result.fileName}: ${result.rowCount} ${result.kind} row${result.rowCount === 1 ? "" : "s"}, ${verdict}${when}`];
  for (const entity of SUMMARY_ENTITIES) {
    const counts = result.summary[entity];
    if (!counts) continue;
    lines.push(
      `  ${SUMMARY_ENTITY_WORDS[entity].padEnd(12)} ${String(counts.created).padStart(7)} created ${String(counts.updated).padStart(7)} updated ${String(counts.unchanged).padStart(7)} unchanged`,
    );
  }
  return lines;
}
