import type { Column, SqlValue } from "./sql";

// What an import did to each record, for the audit log: one event per record
// created or updated, with the entity names the app's own events use
// (lib/server/infra/audit.ts callers). No I/O here; lib/import/audit.ts writes them.

// The key `after` carries on every event an import writes, naming the file:
// "import people.csv". The audit page shows it as where the change came from.
export const IMPORT_SOURCE_FIELD = "source";

export const importSource = (fileName: string) => `import ${fileName}`;

export type AuditEntity = "person" | "position" | "org_unit" | "cycle" | "assessment" | "nomination";

export type AuditFields = Record<string, SqlValue>;

// An update: the fields that change, as stored and as written.
export interface RecordUpdate {
  entity: AuditEntity;
  entityId: string;
  before: AuditFields;
  after: AuditFields;
}

// Records created, by key. Their events' `after` is the whole row as
// written, which the database reads back itself while inserting the events
// (lib/import/audit.ts): a first import creates hundreds of thousands.
export interface RecordsCreated {
  entity: AuditEntity;
  table: string;
  // The key column; its value is the event's entityId.
  key: Column;
  // The columns `after` holds, in this order.
  columns: readonly Column[];
  keys: (string | number)[];
}

export interface ImportAudit {
  created: RecordsCreated[];
  updated: RecordUpdate[];
}

// The records of one table an import created, as a list for ImportAudit
// (empty when there are none).
export function createdRecords(
  entity: AuditEntity,
  table: string,
  key: Column,
  columns: readonly Column[],
  keys: (string | number)[],
): RecordsCreated[] {
  return keys.length > 0 ? [{ entity, table, key, columns, keys }] : [];
}

export function mergeAudits(audits: ImportAudit[]): ImportAudit {
  return { created: audits.flatMap((a) => a.created), updated: audits.flatMap((a) => a.updated) };
}

// The fields of `next` whose value differs from `stored`, before and after;
// null when nothing differs. Fields missing from `next` are not compared.
export function changedFields(stored: object, next: object): { before: AuditFields; after: AuditFields } | null {
  const was = stored as Record<string, SqlValue | undefined>;
  let before: AuditFields | null = null;
  let after: AuditFields | null = null;
  for (const [field, value] of Object.entries(next) as [string, SqlValue | undefined][]) {
    if (value === undefined || was[field] === value) continue;
    before ??= {};
    after ??= {};
    before[field] = was[field] ?? null;
    after[field] = value;
  }
  return before && after ? { before, after } : null;
}

// The updates among records an import writes: records with nothing stored
// are creates, and records equal to what is stored (which the plans already
// leave out) get no event.
export function recordUpdates<T extends object>(
  entity: AuditEntity,
  records: readonly T[],
  keyOf: (record: T) => string | number,
  storedOf: (record: T) => object | undefined,
): RecordUpdate[] {
  const updates: RecordUpdate[] = [];
  for (const record of records) {
    const stored = storedOf(record);
    const diff = stored && changedFields(stored, record);
    if (diff) updates.push({ entity, entityId: String(keyOf(record)), ...diff });
  }
  return updates;
}

// The keys of the records written that were not stored before.
export function createdKeys<T>(records: readonly T[], keyOf: (record: T) => string, isStored: (key: string) => boolean): string[] {
  const keys: string[] = [];
  for (const record of records) {
    const key = keyOf(record);
    if (!isStored(key)) keys.push(key);
  }
  return keys;
}
