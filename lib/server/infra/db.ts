import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { databaseTarget, type DatabaseTarget } from "./database-url";
import { env } from "./env";

// Both generated clients come from one schema and expose the same API; the
// SQLite client's type stands for both.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// The driver connection under a client, for bulk writes the Prisma API has
// no form for (COPY, a prepared statement run once per row): the import
// (lib/import/sql.ts) reaches it through rawConnection.
type Driver = { provider: "sqlite"; database: () => BetterSqlite3.Database | undefined } | { provider: "postgresql"; clients: Set<pg.PoolClient> };
const drivers = new WeakMap<object, Driver>();

export type RawConnection = { provider: "sqlite"; database: BetterSqlite3.Database } | { provider: "postgresql"; client: pg.PoolClient };

// Keeps the better-sqlite3 handle the adapter opens (its `client`).
class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  database: BetterSqlite3.Database | undefined;

  override async connect() {
    const adapter = await super.connect();
    this.database = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    return adapter;
  }
}

export function createDb(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    const adapter = new SqliteAdapterFactory({ url: target.filename });
    const db = new SqliteClient({ adapter });
    drivers.set(db, { provider: "sqlite", database: () => adapter.database });
    return db;
  }
  // Our own pool, so that a transaction's connection can be found again by
  // its backend pid; the adapter ends it on $disconnect.
  const pool = new pg.Pool({ connectionString: target.url, max: env().BATON_PG_POOL_MAX });
  const clients = new Set<pg.PoolClient>();
  pool.on("connect", (client) => clients.add(client));
  pool.on("remove", (client) => clients.delete(client));
  const db = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
  drivers.set(db, { provider: "postgresql", clients });
  return db;
}

// The driver connection that runs `tx`, a transaction opened on `db`, or
// null when `db` was not made by createDb. Statements sent on it run inside
// the transaction; the caller awaits each before the next Prisma call.
export async function rawConnection(db: Db, tx: Tx): Promise<RawConnection | null> {
  const driver = drivers.get(db);
  if (!driver) return null;
  if (driver.provider === "sqlite") {
    // One connection, and the adapter holds its lock for the transaction.
    const database = driver.database();
    return database?.inTransaction ? { provider: "sqlite", database } : null;
  }
  const [row] = await tx.$queryRawUnsafe<{ pid: number }[]>(`SELECT pg_backend_pid() AS "pid"`);
  for (const client of driver.clients) {
    if ((client as unknown as { processID: number | null }).processID === row?.pid) return { provider: "postgresql", client };
  }
  return null;
}

// One client per process; dev hot-reload would otherwise open a new pool on
// every edit.
const globalForDb = globalThis as unknown as { batonDb?: { db: Db; target: DatabaseTarget } };

export function getDb(): Db {
  globalForDb.batonDb ??= (() => {
    const target = databaseTarget();
    return { db: createDb(target), target };
  })();
  return globalForDb.batonDb.db;
}

export function getProvider(): DatabaseTarget["provider"] {
  getDb();
  return globalForDb.batonDb!.target.provider;
}
