import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { databaseTarget, type DatabaseTarget } from "./database-url";
import { env } from "./env";

// Both generated clients come from one schema and expose the same API; the
// SQLite client's type stands for both.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.filename }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url, max: env().BATON_PG_POOL_MAX }) }) as unknown as Db;
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
