// What an import reports, shared by lib/import (which makes it), the upload
// route's schema and the browser (which show it). Types only: no server code.
import type { ImportKind } from "./rows";

export type { ImportKind };

// One problem in an uploaded file. `row` is the row a spreadsheet shows the
// record on (the header is row 1); 0 means the file as a whole (empty,
// binary). `line` is the CSV file's line where the record starts, present only
// when a multi-line cell above makes it differ from the row. `column` is the
// header name, or null when no single column is at fault.
export interface ImportError {
  row: number;
  line?: number;
  column: string | null;
  message: string;
  // An Excel workbook's: the sheet, and the column's letter as Excel shows it.
  sheet?: string;
  columnLetter?: string;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export const SUMMARY_ENTITIES = ["people", "positions", "orgUnits", "cycles", "assessments", "nominations"] as const;
export type SummaryEntity = (typeof SUMMARY_ENTITIES)[number];
// How the CLI and the seed name each in a line of text.
export const SUMMARY_ENTITY_WORDS: Record<SummaryEntity, string> = {
  people: "people",
  positions: "positions",
  orgUnits: "org units",
  cycles: "cycles",
  assessments: "assessments",
  nominations: "nominations",
};

// Only the entities a kind of file can touch are present.
export type ImportSummary = Partial<Record<SummaryEntity, Counts>>;

// A few of the records that would be written, for a preview before applying.
export interface PreviewLine {
  entity: SummaryEntity;
  key: string;
  action: "create" | "update";
}

export interface ImportRefused {
  ok: false;
  kind: ImportKind;
  fileName: string;
  // At most MAX_REPORTED_ERRORS, in file order; errorCount counts them all.
  errors: ImportError[];
  errorCount: number;
}

export interface ImportPlanned {
  ok: true;
  // The day the changes take (or, in a dry run, would take) effect in history.
  effectiveDate: string;
  kind: ImportKind;
  fileName: string;
  rowCount: number;
  summary: ImportSummary;
  preview: PreviewLine[];
  // False when every row matches what is stored: applying would write nothing.
  hasChanges: boolean;
}

export type PlanResult = ImportPlanned | ImportRefused;
export type ImportResult = (ImportPlanned & { applied: boolean }) | ImportRefused;

