import "server-only";
import { format } from "date-fns";
import type { ImportKind } from "@/lib/csv/rows";
import { rawConnection, type Db, type Tx } from "@/lib/server/infra/db";
import { bumpDataVersion } from "@/lib/server/state/data-version";
import { assessmentsImporter } from "./assessments";
import { writeImportAuditEvents } from "./audit";
import { ErrorList } from "./errors";
import { effectiveDateProblem, recordImportVersions } from "./history";
import type { KindImporter, Staged } from "./importer";
import { nominationsImporter } from "./nominations";
import { parseCsv, type CsvRecord } from "./parse-csv";
import { isXlsx, parseXlsx } from "./parse-xlsx";
import { peopleImporter } from "./people";
import { positionsImporter } from "./positions";
import type { ImportPhase, OnImportProgress } from "@/lib/csv/progress";
import { checkHeader, readRows } from "./read-rows";
import { lockTables, useRawConnection } from "./sql";
import type { ImportPlanned, ImportRefused, ImportResult, ImportSummary, PlanResult } from "@/lib/csv/results";
import type { Provider } from "./types";

export interface PlanImportOptions {
  db: Db;
  provider: Provider;
  kind: ImportKind;
  content: Buffer | string;
  // Shown in messages and recorded in the audit log; never opened.
  fileName: string;
  // An Excel workbook's sheet to read; the first when not given.
  sheet?: string;
  // Told how far the import has got (lib/csv/progress.ts), and awaited.
  onProgress?: OnImportProgress;
  // Back-filling (SPEC §8): the day the file's changes took effect, when not
  // today. A calendar date, checked by the caller's schema.
  effectiveDate?: string;
}

export interface ImportCsvOptions extends PlanImportOptions {
  dryRun?: boolean;
  actor: { label: string; userId?: number };
}

const PREVIEW_LINES = 100;
// Locked with the data: a back-filled date is checked against them.
const HISTORY_TABLES = ["PersonVersion", "PositionVersion", "AssessmentVersion", "NominationVersion"];
// Generous: 100,000 people take seconds, but a busy server should not turn a
// long import into a half-finished one.
const TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

// Events for onProgress. Validation reports about a hundred times whatever
// the file's size; without a listener nothing is reported or awaited.
class Progress {
  constructor(private readonly listener: OnImportProgress | undefined) {}

  get listening(): boolean {
    return this.listener !== undefined;
  }

  async report(phase: ImportPhase, done: number, total: number): Promise<void> {
    await this.listener?.({ phase, done, total });
  }

  // Runs a phase with no natural count as 0 of 1, then 1 of 1.
  async step<T>(phase: ImportPhase, work: () => Promise<T>): Promise<T> {
    await this.report(phase, 0, 1);
    const result = await work();
    await this.report(phase, 1, 1);
    return result;
  }
}

const VALIDATE_CHUNKS = 100;
const MIN_VALIDATE_CHUNK = 500;

// readRows a slice at a time, so a listener hears how far validation has got
// (and, awaited between slices, can pass it on while the rest is checked).
async function readAllRows<K extends ImportKind>(
  kind: K,
  header: string[],
  records: CsvRecord[],
  errors: ErrorList,
  progress: Progress,
): Promise<ReturnType<typeof readRows<K>>> {
  if (!progress.listening) return readRows(kind, header, records, errors);
  const size = Math.max(MIN_VALIDATE_CHUNK, Math.ceil(records.length / VALIDATE_CHUNKS));
  let rows: ReturnType<typeof readRows<K>> = [];
  await progress.report("validating", 0, records.length);
  for (let start = 0; start < records.length; start += size) {
    rows = rows.concat(readRows(kind, header, records.slice(start, start + size), errors));
    await progress.report("validating", Math.min(records.length, start + size), records.length);
  }
  return rows;
}

async function importerFor(kind: ImportKind, header: string[], records: CsvRecord[], errors: ErrorList, progress: Progress): Promise<KindImporter> {
  switch (kind) {
    case "people":
      return peopleImporter(await readAllRows("people", header, records, errors, progress));
    case "positions":
      return positionsImporter(await readAllRows("positions", header, records, errors, progress));
    case "assessments":
      return assessmentsImporter(await readAllRows("assessments", header, records, errors, progress));
    case "nominations":
      return nominationsImporter(await readAllRows("nominations", header, records, errors, progress));
  }
}

// Everything that needs no database: the file, the header, every cell. Cross-
// row and database checks only run once every cell is valid, so they never
// report a knock-on effect of a cell error (a "missing" manager whose own row
// had a typo).
async function readFile(
  options: PlanImportOptions,
  errors: ErrorList,
  progress: Progress,
): Promise<{ importer: KindImporter; rowCount: number } | null> {
  const bytes = typeof options.content === "string" ? Buffer.byteLength(options.content) : options.content.length;
  await progress.report("parsing", 0, bytes);
  const workbook = isXlsx(options.content) ? await parseXlsx(options.content, options.sheet) : null;
  const parsed = workbook ?? parseCsv(options.content);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      if (error.sheet) errors.inSheet(error.sheet, new Map());
      errors.add(error.row, error.column, error.message, error.line);
    }
    return null;
  }
  errors.atLines(parsed.records);
  if (workbook?.ok) errors.inSheet(workbook.sheet, workbook.letters);
  await progress.report("parsing", bytes, bytes);
  if (!checkHeader(options.kind, parsed.header, errors)) return null;
  const importer = await importerFor(options.kind, parsed.header, parsed.records, errors, progress);
  return errors.count > 0 ? null : { importer, rowCount: parsed.records.length };
}

function refused(options: PlanImportOptions, errors: ErrorList): ImportRefused {
  return { ok: false, kind: options.kind, fileName: options.fileName, errors: errors.reported(), errorCount: errors.count };
}

function planned(options: PlanImportOptions, rowCount: number, staged: Staged, effectiveDate: string): ImportPlanned {
  return {
    ok: true,
    effectiveDate,
    kind: options.kind,
    fileName: options.fileName,
    rowCount,
    summary: staged.summary,
    preview: staged.preview.slice(0, PREVIEW_LINES),
    hasChanges: staged.hasChanges,
  };
}

// Every record created or updated gets its own audit event.
const eventCount = (summary: ImportSummary) =>
  Object.values(summary).reduce((sum, counts) => sum + counts.created + counts.updated, 0);

// The day new cycles are dated when the file gives no cycle_date.
const importDay = (now: Date) => format(now, "yyyy-MM-dd");

// A back-filled date is refused as a whole-file error (row 0).
async function dateAccepted(options: PlanImportOptions, errors: ErrorList, tx: Tx = options.db): Promise<boolean> {
  if (options.effectiveDate === undefined) return true;
  const problem = await effectiveDateProblem(tx, options.effectiveDate);
  if (problem) errors.add(0, null, problem);
  return problem === null;
}

// Validates a file against the database and says what applying it would do.
// Writes nothing.
export async function planImport(options: PlanImportOptions): Promise<PlanResult> {
  const progress = new Progress(options.onProgress);
  const errors = new ErrorList();
  const file = await readFile(options, errors, progress);
  const day = options.effectiveDate ?? importDay(new Date());
  const staged = file && (await dateAccepted(options, errors))
    ? await progress.step("checking", () => file.importer.stage({ tx: options.db, errors, today: day }))
    : null;
  await progress.report("done", 1, 1);
  return file && staged ? planned(options, file.rowCount, staged, day) : refused(options, errors);
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
  const progress = new Progress(options.onProgress);
  const errors = new ErrorList();
  const file = await readFile(options, errors, progress);
  if (!file) {
    await progress.report("done", 1, 1);
    return refused(options, errors);
  }
  const now = new Date();
  const day = options.effectiveDate ?? importDay(now);
  const result = await options.db.$transaction(async (tx): Promise<ImportResult> => {
    const staged = await progress.step("checking", async () => {
      await lockTables(tx, options.provider, [...file.importer.tables, ...HISTORY_TABLES]);
      // The bulk writes go through the driver itself (COPY, prepared statements).
      useRawConnection(tx, await rawConnection(options.db, tx));
      if (!(await dateAccepted(options, errors, tx))) return null;
      return file.importer.stage({ tx, errors, today: day });
    });
    if (!staged) return refused(options, errors);
    // Re-importing an unchanged file leaves the database as it was, audit
    // log included: nothing happened worth recording.
    if (staged.hasChanges) {
      // The records, then one audit event for each record written.
      const total = staged.writeCount + eventCount(staged.summary);
      let done = 0;
      const written = async (rows: number) => {
        done += rows;
        await progress.report("writing", done, total);
      };
      await progress.report("writing", 0, total);
      const audit = await staged.write({ tx, provider: options.provider, now, written });
      await writeImportAuditEvents({ tx, provider: options.provider, at: now, actor: options.actor, fileName: options.fileName, audit, written });
      await recordImportVersions(tx, audit, day);
      // Last, so that it heads the log (newest first) above the records' events.
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
      // An import may touch any row: every instance recomputes.
      await bumpDataVersion(tx, { entity: "import", entityId: options.kind });
    }
    return { ...planned(options, file.rowCount, staged, day), applied: staged.hasChanges };
  }, TRANSACTION);
  // After the commit: "done" means the data is there.
  await progress.report("done", 1, 1);
  return result;
}
