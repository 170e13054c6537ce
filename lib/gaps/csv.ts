import { csvChunks } from "@/lib/tables/csv";

// The gap report's CSV columns: the SPEC §7 row flattened into snake_case,
// exactly what `baton report gaps --format csv` prints, so a file exported
// from the screen and one from cron can be compared line by line.
export const GAP_CSV_COLUMNS = [
  "position_id",
  "title",
  "org_unit_path",
  "level",
  "critical",
  "impact_of_loss",
  "incumbent_employee_id",
  "retirement_date",
  "retirement_source",
  "vacancy_risk",
  "successors_ready_now",
  "successors_ready_in_1_to_2_years",
  "successors_ready_in_3_plus_years",
  "bench_strength",
  "flags",
  "risk",
] as const;

const RETIREMENT_COLUMNS: ReadonlySet<string> = new Set(["retirement_date", "retirement_source"]);

// Executives never receive retirement dates (lib/server/views/positions.ts
// projectGapRow); their file leaves those columns out rather than printing
// empty cells that would read as "no retirement planned".
export function gapCsvColumns(includeRetirement: boolean): string[] {
  return GAP_CSV_COLUMNS.filter((c) => includeRetirement || !RETIREMENT_COLUMNS.has(c));
}

// The gap report as CSV chunks (see lib/tables/csv.ts).
export function gapCsvChunks(rows: Iterable<object>, columns: readonly string[], chunkSize = 1000): Generator<string> {
  return csvChunks(rows, columns, chunkSize);
}
