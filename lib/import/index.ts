// CSV import (SPEC §6), shared by the CLI and the upload page. See
// docs/import.md for what each file does to the data.
export { importCsv, planImport, type ImportCsvOptions, type PlanImportOptions } from "./import";
export { formatImportError, formatImportErrors, formatImportSummary, MAX_REPORTED_ERRORS } from "./errors";
export { parseCsv, type CsvRecord, type ParsedCsv } from "./parse-csv";
export { describeStage, IMPORT_PHASES, type ImportPhase, type ImportProgress, type OnImportProgress } from "@/lib/csv/progress";
export { IMPORT_KINDS, isImportKind, csvColumns } from "@/lib/csv/rows";
export type {
  Counts,
  ImportError,
  ImportKind,
  ImportPlanned,
  ImportRefused,
  ImportResult,
  ImportSummary,
  PlanResult,
  PreviewLine,
  SummaryEntity,
} from "@/lib/csv/results";
export type { Provider } from "./types";
