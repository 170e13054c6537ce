import type { Tx } from "@/lib/server/infra/db";
import type { ImportAudit } from "./audit-changes";
import type { ErrorList } from "./errors";
import type { ImportSummary, PreviewLine } from "@/lib/csv/results";
import type { Provider } from "./types";

// What every kind of file provides to the shared plan/apply flow (import.ts).

export interface WriteOptions {
  tx: Tx;
  provider: Provider;
  now: Date;
  // Told after each statement how many records it wrote.
  written?: (rows: number) => Promise<void>;
}

export interface Staged {
  summary: ImportSummary;
  preview: PreviewLine[];
  hasChanges: boolean;
  // How many records `write` writes (each seat vacated counts too): the total
  // its `written` calls add up to.
  writeCount: number;
  // Writes only the rows that differ from what was read in `stage`, and says
  // what it did to each, for the audit log.
  write(options: WriteOptions): Promise<ImportAudit>;
}

export interface KindImporter {
  // Tables read to validate or written; locked against other writers on
  // PostgreSQL while the import applies.
  tables: readonly string[];
  // Reads what is stored, runs the cross-row and database checks, and works
  // out the changes. Adds errors and returns null when the file is refused.
  stage(options: { tx: Tx; errors: ErrorList; today: string }): Promise<Staged | null>;
}
