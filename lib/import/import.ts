import "server-only";
import { format } from "date-fns";
import type { ImportKind } from "@/lib/schemas/csv";
import type { Db } from "@/lib/server/db";
import { assessmentsImporter } from "./assessments";
import { ErrorList } from "./errors";
import type { KindImporter, Staged } from "./importer";
import { nominationsImporter } from "./nominations";
import { parseCsv, type CsvRecord } from "./parse-csv";
import { peopleImporter } from "./people";
import { positionsImporter } from "./positions";
import { checkHeader, readRows } from "./read-rows";
import { lockTables } from "./sql";
import type { ImportPlanned, ImportRefused, ImportResult, PlanResult, Provider } from "./types";

export interface PlanImportOptions {
  db: Db;
  provider: Provider;
  kind: ImportKind;
  content: Buffer | string;
  // Shown in messages and recorded in the audit log; never opened.
  fileName: string;
}

export interface ImportCsvOptions extends PlanImportOptions {
  dryRun?: boolean;
  actor: { label: string; userId?: number };
}

const PREVIEW_LINES = 100;
// Generous: 100,000 people take seconds, but a busy server should not turn a
// long import into a half-finished one.
const TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

function importerFor(kind: ImportKind, header: string[], records: CsvRecord[], errors: ErrorList): KindImporter {
  switch (kind) {
    case "people":
      return peopleImporter(readRows("people", header, records, errors));
    case "positions":
      return positionsImporter(readRows("positions", header, records, errors));
    case "assessments":
      return assessmentsImporter(readRows("assessments", header, records, errors));
    case "nominations":
      return nominationsImporter(readRows("nominations", header, records, errors));
  }
}

// Everything that needs no database: the file, the header, every cell. Cross-
// row and database checks only run once every cell is valid, so they never
// report a knock-on effect of a cell error (a "missing" manager whose own row
// had a typo).
function readFile(options: PlanImportOptions, errors: ErrorList): { importer: KindImporter; rowCount: number } | null {
  const parsed = parseCsv(options.content);
  if (!parsed.ok) {
    for (const error of parsed.errors) errors.add(error.row, error.column, error.message);
    return null;
  }
  if (!checkHeader(options.kind, parsed.header, errors)) return null;
  const importer = importerFor(options.kind, parsed.header, parsed.records, errors);
  return errors.count > 0 ? null : { importer, rowCount: parsed.records.length };
}

function refused(options: PlanImportOptions, errors: ErrorList): ImportRefused {
  return { ok: false, kind: options.kind, fileName: options.fileName, errors: errors.reported(), errorCount: errors.count };
}

function planned(options: PlanImportOptions, rowCount: number, staged: Staged): ImportPlanned {
  return {
    ok: true,
    kind: options.kind,
    fileName: options.fileName,
    rowCount,
    summary: staged.summary,
    preview: staged.preview.slice(0, PREVIEW_LINES),
    hasChanges: staged.hasChanges,
  };
}

// The day new cycles are dated when the file gives no cycle_date.
const importDay = (now: Date) => format(now, "yyyy-MM-dd");

// Validates a file against the database and says what applying it would do.
// Writes nothing.
export async function planImport(options: PlanImportOptions): Promise<PlanResult> {
  const errors = new ErrorList();
  const file = readFile(options, errors);
  if (!file) return refused(options, errors);
  const staged = await file.importer.stage({ tx: options.db, errors, today: importDay(new Date()) });
  return staged ? planned(options, file.rowCount, staged) : refused(options, errors);
}

// Validates and, unless it is a dry run or anything is wrong, applies the
// file: all of it or nothing. The database checks run again inside the
// transaction, on PostgreSQL with the tables locked against other writers,
// so what was validated is exactly what is written over.
export async function importCsv(options: ImportCsvOptions): Promise<ImportResult> {
  if (options.dryRun) {
    const plan = await planImport(options);
    return plan.ok ? { ...plan, applied: false } : plan;
  }
  const errors = new ErrorList();
  const file = readFile(options, errors);
  if (!file) return refused(options, errors);
  const now = new Date();
  return options.db.$transaction(async (tx): Promise<ImportResult> => {
    await lockTables(tx, options.provider, file.importer.tables);
    const staged = await file.importer.stage({ tx, errors, today: importDay(now) });
    if (!staged) return refused(options, errors);
    // Re-importing an unchanged file leaves the database as it was, audit
    // log included: nothing happened worth recording.
    if (staged.hasChanges) {
      await staged.write({ tx, provider: options.provider, now });
      await tx.auditEvent.create({
        data: {
          at: now,
          actorLabel: options.actor.label,
          actorUserId: options.actor.userId ?? null,
          action: "import",
          entity: options.kind,
          entityId: options.fileName,
          after: JSON.stringify(staged.summary),
        },
      });
    }
    return { ...planned(options, file.rowCount, staged), applied: staged.hasChanges };
  }, TRANSACTION);
}
