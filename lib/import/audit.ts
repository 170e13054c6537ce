import "server-only";
import type { Tx } from "@/lib/server/infra/db";
import { IMPORT_SOURCE_FIELD, importSource, type ImportAudit, type RecordUpdate, type RecordsCreated } from "./audit-changes";
import { batches, insertRows, quote, ROWS_PER_STATEMENT, withKeyTable, type Column } from "./sql";
import type { Provider } from "./types";

// The audit events of one import, written in bulk like the data itself, in
// the import's transaction.

interface EventOptions {
  tx: Tx;
  provider: Provider;
  at: Date;
  actor: { label: string; userId?: number };
  fileName: string;
  written?: (rows: number) => Promise<void>;
}

export async function writeImportAuditEvents(options: EventOptions & { audit: ImportAudit }): Promise<void> {
  for (const created of options.audit.created) await writeCreateEvents(options, created);
  await writeUpdateEvents(options, options.audit.updated);
}

const text = (name: string): Column => ({ name, type: "text" });
const UPDATE_COLUMNS: Column[] = [{ name: "actorUserId", type: "int" }, ...["actorLabel", "action", "entity", "entityId", "before", "after"].map(text)];

// Written grouped by entity and in key order: inserting into the (entity,
// entityId) index in order rather than in the order records were written
// took a third less time for 200,000 events on SQLite. Their order among
// themselves carries no meaning: one import's events share one time.
function inIndexOrder(a: RecordUpdate, b: RecordUpdate): number {
  if (a.entity !== b.entity) return a.entity < b.entity ? -1 : 1;
  return a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0;
}

async function writeUpdateEvents(options: EventOptions, updates: readonly RecordUpdate[]): Promise<void> {
  const { actor } = options;
  const source = importSource(options.fileName);
  await insertRows({
    tx: options.tx,
    provider: options.provider,
    table: "AuditEvent",
    columns: UPDATE_COLUMNS,
    stamps: { columns: ["at"], at: options.at },
    rows: [...updates]
      .sort(inIndexOrder)
      .map((update) => [
        actor.userId ?? null,
        actor.label,
        "update",
        update.entity,
        update.entityId,
        JSON.stringify(update.before),
        JSON.stringify({ ...update.after, [IMPORT_SOURCE_FIELD]: source }),
      ]),
    written: options.written,
  });
}

// A create's `after` is the row as written, without its empty fields, built
// by the database from the table in the statement that inserts the events:
// a first import of 100,000 people creates over 200,000 records, and sending
// each one back as JSON cost more than writing it had.
function rowAsJson(provider: Provider, columns: readonly Column[], sourceParam: string): string {
  const pairs = columns.map((column) => {
    const value = `t.${quote(column.name)}`;
    // SQLite stores booleans as 0/1; the events say true/false, as the app's do.
    const json =
      provider === "sqlite" && column.type === "bool"
        ? `json(CASE WHEN ${value} IS NULL THEN NULL WHEN ${value} THEN 'true' ELSE 'false' END)`
        : value;
    return `'${column.name}', ${json}`;
  });
  pairs.push(`'${IMPORT_SOURCE_FIELD}', ${sourceParam}`);
  // json_patch onto {} drops the members whose value is null (RFC 7396).
  return provider === "sqlite"
    ? `json_patch('{}', json_object(${pairs.join(", ")}))`
    : `json_strip_nulls(json_build_object(${pairs.join(", ")}))::text`;
}

const createEvent = (key: string, at: string, userId: string, label: string, entity: string) =>
  `INSERT INTO "AuditEvent" ("at", "actorUserId", "actorLabel", "action", "entity", "entityId", "before", "after") ` +
  `SELECT ${at}, ${userId}, ${label}, 'create', ${entity}, CAST(${key} AS TEXT), NULL, `;

async function writeCreateEvents(options: EventOptions, created: RecordsCreated): Promise<void> {
  const { tx, provider, actor } = options;
  if (created.keys.length === 0) return;
  const key = `t.${quote(created.key.name)}`;
  // Through the driver: one statement joined on a staging table of the keys.
  const staged = await withKeyTable(tx, created.keys, created.key.type, async ({ table, param, stamp, run }) => {
    await run(
      createEvent(key, param(1, "timestamp(3)"), param(2, "int4"), param(3, "text"), param(4, "text")) +
        `${rowAsJson(provider, created.columns, param(5, "text"))} FROM ${quote(created.table)} t ` +
        `WHERE ${key} IN (SELECT "key" FROM ${table}) ORDER BY ${key}`,
      [stamp(options.at), actor.userId ?? null, actor.label, created.entity, importSource(options.fileName)],
    );
    await options.written?.(created.keys.length);
    return true;
  });
  if (staged) return;
  const pg = provider === "postgresql";
  const param = pg ? (n: number, type: string) => `$${n}::${type}` : () => "?";
  const keysType = created.key.type === "int" ? "int4[]" : "text[]";
  const sql =
    `INSERT INTO "AuditEvent" ("at", "actorUserId", "actorLabel", "action", "entity", "entityId", "before", "after") ` +
    `SELECT ${param(1, "timestamp(3)")}, ${param(2, "int4")}, ${param(3, "text")}, 'create', ${param(4, "text")}, CAST(${key} AS TEXT), NULL, ` +
    `${rowAsJson(provider, created.columns, param(5, "text"))} FROM ${quote(created.table)} t ` +
    `WHERE ${pg ? `${key} = ANY($6::${keysType})` : `${key} IN (SELECT value FROM json_each(?))`} ORDER BY ${key}`;
  const keys = [...created.keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const batch of batches(keys, ROWS_PER_STATEMENT)) {
    await tx.$executeRawUnsafe(
      sql,
      options.at,
      actor.userId ?? null,
      actor.label,
      created.entity,
      importSource(options.fileName),
      pg ? batch : JSON.stringify(batch),
    );
    await options.written?.(batch.length);
  }
}
