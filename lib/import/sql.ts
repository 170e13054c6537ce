import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { RawConnection, Tx } from "@/lib/server/infra/db";
import type { Provider } from "./types";

// Bulk writes (docs/scaling.md, "Import"). Inside an import's transaction
// the driver connection under it is used (useRawConnection): on PostgreSQL
// the rows go through COPY … FROM STDIN into a temporary staging table, then
// one set-based INSERT … SELECT … ON CONFLICT into the real table; on SQLite
// one prepared statement runs once per row, all in the one transaction.
// Without it (a Db not made by createDb), each statement carries thousands
// of rows packed into a few parameters: on PostgreSQL one array per column,
// read back with unnest(); on SQLite one JSON array of rows, read back with
// json_each(); neither can reach the bound-parameter limits (SQLite 32,766,
// PostgreSQL 65,535).
export const ROWS_PER_STATEMENT = 5_000;

const rawConnections = new WeakMap<Tx, RawConnection>();

// Writes in `tx` from now on go through `connection`, the driver connection
// that runs it (rawConnection in lib/server/infra/db.ts).
export function useRawConnection(tx: Tx, connection: RawConnection | null): void {
  if (connection) rawConnections.set(tx, connection);
}

export type SqlValue = string | number | boolean | null;
export type ColumnType = "text" | "int" | "bool";

export interface Column {
  name: string;
  type: ColumnType;
}

const PG_ARRAY: Record<ColumnType, string> = { text: "text[]", int: "int4[]", bool: "boolean[]" };

export const quote = (name: string) => `"${name}"`;

export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

export interface InsertOptions {
  tx: Tx;
  provider: Provider;
  table: string;
  // The values of each row, in this order.
  columns: readonly Column[];
  // Timestamp columns set to `at` on every row (createdAt, updatedAt): one
  // Date parameter that the adapter formats as Prisma itself does.
  stamps?: { columns: readonly string[]; at: Date };
  rows: readonly SqlValue[][];
  // Told how many rows each statement wrote, for import progress.
  written?: (rows: number) => Promise<void>;
}

export interface UpsertOptions extends InsertOptions {
  // The unique key ON CONFLICT matches on.
  conflict: readonly string[];
  // Columns overwritten on conflict; the others (createdAt…) keep their value.
  update: readonly string[];
  // Extra `SET` terms, e.g. a version bump.
  alsoSet?: readonly string[];
}

type Statement = { sql: string; params: (batch: SqlValue[][]) => unknown[] };

// One INSERT … SELECT from the packed rows, with `tail` (ON CONFLICT,
// RETURNING) appended.
function packedInsert(options: InsertOptions, tail: string): Statement {
  const { provider, table, columns } = options;
  const stampColumns = options.stamps?.columns ?? [];
  const target = [...columns.map((c) => c.name), ...stampColumns].map(quote).join(", ");
  if (provider === "postgresql") {
    const arrays = columns.map((c, i) => `$${i + 1}::${PG_ARRAY[c.type]}`).join(", ");
    const stamps = stampColumns.map(() => `$${columns.length + 1}::timestamp(3)`);
    return {
      sql: `INSERT INTO ${quote(table)} (${target}) SELECT ${["u.*", ...stamps].join(", ")} FROM unnest(${arrays}) AS u ${tail}`,
      params: (batch) => [...columns.map((_, i) => batch.map((row) => row[i] ?? null)), ...(options.stamps ? [options.stamps.at] : [])],
    };
  }
  const picks = columns.map((_, i) => `value ->> ${i}`);
  const stamps = stampColumns.map(() => "?");
  const stampValues = stampColumns.map(() => options.stamps?.at ?? null);
  // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the join.
  return {
    sql: `INSERT INTO ${quote(table)} (${target}) SELECT ${[...picks, ...stamps].join(", ")} FROM json_each(?) WHERE true ${tail}`,
    params: (batch) => [...stampValues, JSON.stringify(batch)],
  };
}

function onConflict(options: UpsertOptions): string {
  const sets = [...options.update.map((c) => `${quote(c)} = excluded.${quote(c)}`), ...(options.alsoSet ?? [])];
  return `ON CONFLICT (${options.conflict.map(quote).join(", ")}) DO UPDATE SET ${sets.join(", ")}`;
}

// SQLite: the packed INSERT (json_each) prepared once and run for each batch
// of rows. Measured at 100,000 people, this took about 30% less time than
// one prepared INSERT … VALUES run once per row (docs/scaling.md).
function sqliteRows(database: Extract<RawConnection, { provider: "sqlite" }>["database"], options: InsertOptions, tail: string, returning: boolean) {
  const { sql, params } = packedInsert(options, tail);
  const statement = database.prepare(sql);
  // better-sqlite3 takes no Date: the stamps as the adapter writes them.
  const stamp = (value: unknown) => (value instanceof Date ? stampParam("sqlite", value) : value);
  return async () => {
    let out: Record<string, unknown>[] = [];
    for (const batch of batches(options.rows, ROWS_PER_STATEMENT)) {
      const values = params(batch).map(stamp);
      if (returning) out = out.concat(statement.all(values) as Record<string, unknown>[]);
      else statement.run(values);
      await options.written?.(batch.length);
    }
    return out;
  };
}

// COPY's text format: tab between cells, \N for null, backslash escapes.
function copyCell(value: SqlValue): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

function* copyLines(rows: readonly SqlValue[][]): Generator<string> {
  for (const batch of batches(rows, 1_000)) yield batch.map((row) => `${row.map(copyCell).join("\t")}\n`).join("");
}

const PG_TYPE: Record<ColumnType, string> = { text: "text", int: "int4", bool: "boolean" };
let stagingTables = 0;

// PostgreSQL: COPY the rows into a staging table that lives until the
// transaction ends, then one INSERT … SELECT from it with `tail`.
async function pgRows(client: Extract<RawConnection, { provider: "postgresql" }>["client"], options: InsertOptions, tail: string) {
  if (options.rows.length === 0) return [];
  const staging = quote(`import_staging_${++stagingTables}`);
  const columns = options.columns.map((c) => `${quote(c.name)} ${PG_TYPE[c.type]}`).join(", ");
  await client.query(`CREATE TEMPORARY TABLE ${staging} (${columns}) ON COMMIT DROP`);
  await pipeline(Readable.from(copyLines(options.rows)), client.query(copyFrom(`COPY ${staging} FROM STDIN`)));
  const stampColumns = options.stamps?.columns ?? [];
  const target = [...options.columns.map((c) => c.name), ...stampColumns].map(quote).join(", ");
  // Timestamps without a time zone hold UTC, as Prisma writes them.
  const stamps = stampColumns.map(() => "$1::timestamp(3)");
  const result = await client.query<Record<string, unknown>>(
    `INSERT INTO ${quote(options.table)} (${target}) SELECT ${["s.*", ...stamps].join(", ")} FROM ${staging} s ${tail}`,
    options.stamps ? [stampParam("postgresql", options.stamps.at)] : [],
  );
  await client.query(`DROP TABLE ${staging}`);
  await options.written?.(options.rows.length);
  return result.rows;
}

// A timestamp parameter as each adapter writes one: UTC, in the format the
// column is read back in.
function stampParam(provider: Provider, at: Date): string {
  return provider === "postgresql" ? at.toISOString().replace("Z", "") : at.toISOString().replace("Z", "+00:00");
}

export interface KeyTable {
  // The staging table's name, quoted; its one column is "key".
  table: string;
  // The n-th parameter's placeholder (1-based), cast on PostgreSQL.
  param(n: number, pgType: string): string;
  stamp(at: Date): string;
  run(sql: string, params: readonly SqlValue[]): Promise<void>;
}

// Puts `keys` in a temporary table of the import's transaction (COPY on
// PostgreSQL, one prepared insert per key on SQLite) for `work`'s set-based
// statements to join on, then drops it. Null when `tx` has no driver
// connection (useRawConnection): the caller then sends the keys itself.
export async function withKeyTable<T>(
  tx: Tx,
  keys: readonly (string | number)[],
  type: ColumnType,
  work: (keys: KeyTable) => Promise<T>,
): Promise<T | null> {
  const connection = rawConnections.get(tx);
  if (!connection) return null;
  const table = quote(`import_keys_${++stagingTables}`);
  const unique = [...new Set(keys)];
  if (connection.provider === "sqlite") {
    const { database } = connection;
    database.exec(`CREATE TEMPORARY TABLE ${table} ("key" ${type === "int" ? "INTEGER" : "TEXT"} PRIMARY KEY)`);
    const insert = database.prepare(`INSERT INTO ${table} ("key") VALUES (?)`);
    for (const key of unique) insert.run(key);
    try {
      return await work({
        table,
        param: () => "?",
        stamp: (at) => stampParam("sqlite", at),
        run: async (sql, params) => void database.prepare(sql).run(params.map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v))),
      });
    } finally {
      database.exec(`DROP TABLE ${table}`);
    }
  }
  const { client } = connection;
  await client.query(`CREATE TEMPORARY TABLE ${table} ("key" ${PG_TYPE[type]} PRIMARY KEY) ON COMMIT DROP`);
  await pipeline(Readable.from(copyLines(unique.map((key) => [key]))), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
  // The planner has no statistics for a table made a moment ago.
  await client.query(`ANALYZE ${table}`);
  const result = await work({
    table,
    param: (n, pgType) => `$${n}::${pgType}`,
    stamp: (at) => stampParam("postgresql", at),
    run: async (sql, params) => void (await client.query(sql, [...params])),
  });
  await client.query(`DROP TABLE ${table}`);
  return result;
}

async function runRaw(options: InsertOptions, tail: string, returning: boolean): Promise<Record<string, unknown>[] | null> {
  const connection = rawConnections.get(options.tx);
  if (!connection) return null;
  if (connection.provider === "sqlite") return sqliteRows(connection.database, options, tail, returning)();
  // `WHERE true` is SQLite's; the staging SELECT needs none.
  return pgRows(connection.client, options, tail);
}

async function run(options: InsertOptions, statement: Statement, tail: string): Promise<void> {
  if (await runRaw(options, tail, false)) return;
  for (const batch of batches(options.rows, ROWS_PER_STATEMENT)) {
    await options.tx.$executeRawUnsafe(statement.sql, ...statement.params(batch));
    await options.written?.(batch.length);
  }
}

// INSERT … ON CONFLICT DO UPDATE, in the order given: callers order rows so
// that foreign keys point at rows written earlier.
export async function upsertRows(options: UpsertOptions): Promise<void> {
  await run(options, packedInsert(options, onConflict(options)), onConflict(options));
}

// upsertRows, returning `returning` of every row inserted or updated (ids
// the database assigned, for the audit log).
export async function upsertRowsReturning(options: UpsertOptions & { returning: readonly string[] }): Promise<Record<string, unknown>[]> {
  const tail = `${onConflict(options)} RETURNING ${options.returning.map(quote).join(", ")}`;
  const direct = await runRaw(options, tail, true);
  if (direct) return direct;
  const statement = packedInsert(options, tail);
  let rows: Record<string, unknown>[] = [];
  for (const batch of batches(options.rows, ROWS_PER_STATEMENT)) {
    rows = rows.concat(await options.tx.$queryRawUnsafe<Record<string, unknown>[]>(statement.sql, ...statement.params(batch)));
    await options.written?.(batch.length);
  }
  return rows;
}

// A plain INSERT of new rows (audit events).
export async function insertRows(options: InsertOptions): Promise<void> {
  await run(options, packedInsert(options, ""), "");
}

// UPDATE table SET … WHERE key IN (the keys), a batch of keys per statement.
export async function updateWhereKeyIn(options: {
  tx: Tx;
  provider: Provider;
  table: string;
  set: Record<string, SqlValue | Date>;
  key: string;
  keys: readonly string[];
  written?: (rows: number) => Promise<void>;
}): Promise<void> {
  const { tx, provider, table } = options;
  const setColumns = Object.keys(options.set);
  const setValues = Object.values(options.set);
  const param = (n: number) => (provider === "postgresql" ? `$${n}` : "?");
  const assignments = setColumns.map((column, i) => `${quote(column)} = ${param(i + 1)}`).join(", ");
  const keys = param(setColumns.length + 1);
  const where =
    provider === "postgresql"
      ? `${quote(options.key)} = ANY(${keys}::text[])`
      : `${quote(options.key)} IN (SELECT value FROM json_each(${keys}))`;
  const sql = `UPDATE ${quote(table)} SET ${assignments} WHERE ${where}`;
  for (const batch of batches(options.keys, ROWS_PER_STATEMENT)) {
    await tx.$executeRawUnsafe(sql, ...setValues, provider === "postgresql" ? batch : JSON.stringify(batch));
    await options.written?.(batch.length);
  }
}

// On PostgreSQL, holds off other writers to these tables until the import
// commits, so the state it validated against is the state it writes over.
// Readers are not blocked. SQLite has one writer at a time already, and a
// transaction whose snapshot went stale fails rather than overwriting.
export async function lockTables(tx: Tx, provider: Provider, tables: readonly string[]): Promise<void> {
  if (provider !== "postgresql" || tables.length === 0) return;
  await tx.$executeRawUnsafe(`LOCK TABLE ${tables.map(quote).join(", ")} IN SHARE ROW EXCLUSIVE MODE`);
}
