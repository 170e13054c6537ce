import { stringify } from "csv-stringify/sync";
import { flattenRow } from "@/lib/reports/flatten";

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

// Executives never receive retirement dates (lib/server/positions.ts
// projectGapRow); their file leaves those columns out rather than printing
// empty cells that would read as "no retirement planned".
export function gapCsvColumns(includeRetirement: boolean): string[] {
  return GAP_CSV_COLUMNS.filter((c) => includeRetirement || !RETIREMENT_COLUMNS.has(c));
}

// CSV text in chunks of `chunkSize` rows, the header first, so a response can
// stream 100,000 rows without building one 20 MB string.
export function* gapCsvChunks(rows: Iterable<object>, columns: readonly string[], chunkSize = 1000): Generator<string> {
  const options = { columns: [...columns], cast: { boolean: (b: boolean) => String(b) } };
  yield stringify([], { ...options, header: true });
  let batch: object[] = [];
  for (const row of rows) {
    batch.push(flattenRow(row));
    if (batch.length >= chunkSize) {
      yield stringify(batch, options);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, options);
}
