import "server-only";
import type { Tx } from "@/lib/server/db";
import type { Provider } from "./types";

// Bulk writes as multi-row statements: one ORM call per row is ~40× slower
// (docs/import.md). Statements stay under the bound-parameter limit of both
// databases: SQLite allows 32,766 per statement, PostgreSQL 65,535.
const MAX_PARAMETERS = Number(process.env.BATCH_PARAMS ?? 30_000);

export type SqlValue = string | number | boolean | Date | null;

// SQLite numbers nothing; PostgreSQL wants $1, $2, … in order.
function placeholders(provider: Provider, rows: number, columns: number, offset = 0): string {
  const tuples: string[] = [];
  let n = offset;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) cells.push(provider === "sqlite" ? "?" : `$${++n}`);
    tuples.push(`(${cells.join(",")})`);
  }
  return tuples.join(",");
}

const quote = (name: string) => `"${name}"`;

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

export interface UpsertOptions {
  tx: Tx;
  provider: Provider;
  table: string;
  columns: readonly string[];
  // The unique key ON CONFLICT matches on.
  conflict: readonly string[];
  // Columns overwritten on conflict; the others (createdAt…) keep their value.
  update: readonly string[];
  // Extra `SET` terms, e.g. a version bump.
  alsoSet?: readonly string[];
  rows: readonly SqlValue[][];
}

// INSERT … ON CONFLICT DO UPDATE, a batch of rows per statement, in the
// order given (callers order rows so that foreign keys point backwards).
export async function upsertRows(options: UpsertOptions): Promise<void> {
  const { tx, provider, table, columns, rows } = options;
  const sets = [...options.update.map((c) => `${quote(c)} = excluded.${quote(c)}`), ...(options.alsoSet ?? [])];
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(",")}) VALUES `;
  const tail = ` ON CONFLICT (${options.conflict.map(quote).join(",")}) DO UPDATE SET ${sets.join(", ")}`;
  for (const batch of batches(rows, Math.floor(MAX_PARAMETERS / columns.length))) {
    await tx.$executeRawUnsafe(head + placeholders(provider, batch.length, columns.length) + tail, ...batch.flat());
  }
}

// UPDATE table SET … WHERE key IN (…), in batches of keys.
export async function updateWhereKeyIn(options: {
  tx: Tx;
  provider: Provider;
  table: string;
  set: Record<string, SqlValue>;
  key: string;
  keys: readonly string[];
}): Promise<void> {
  const { tx, provider, table } = options;
  const setColumns = Object.keys(options.set);
  const setValues = Object.values(options.set);
  const assignments = setColumns.map((column, i) => `${quote(column)} = ${provider === "sqlite" ? "?" : `$${i + 1}`}`);
  for (const batch of batches(options.keys, MAX_PARAMETERS - setColumns.length)) {
    const list = placeholders(provider, 1, batch.length, setColumns.length);
    await tx.$executeRawUnsafe(
      `UPDATE ${quote(table)} SET ${assignments.join(", ")} WHERE ${quote(options.key)} IN ${list}`,
      ...setValues,
      ...batch,
    );
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
