// Applies the committed SQL migrations (prisma/migrations/<provider>/) and
// records them in `_prisma_migrations` exactly as Prisma Migrate does (same
// table, sha256 checksum of the file), so the standard CLI agrees with us
// wherever it can run. The Prisma CLI itself cannot run here: it downloads a
// native engine this network does not reach.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "./database-url";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(provider: DatabaseTarget["provider"], root: string = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`no migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

function pending(all: Migration[], applied: AppliedRow[]): Migration[] {
  const done = new Map(
    applied.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row]),
  );
  for (const row of applied) {
    if (row.finished_at === null && row.rolled_back_at === null) {
      throw new Error(`migration ${row.migration_name} failed earlier and was never finished; fix the database by hand first`);
    }
  }
  for (const m of all) {
    const row = done.get(m.name);
    if (row && row.checksum !== m.checksum) {
      throw new Error(`migration ${m.name} was edited after it was applied (checksum differs); add a new migration instead`);
    }
  }
  return all.filter((m) => !done.has(m.name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

function migrateSqlite(filename: string, all: Migration[]): string[] {
  if (filename !== ":memory:") mkdirSync(path.dirname(filename), { recursive: true });
  const db = new Database(filename);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(SQLITE_TABLE);
    const applied: string[] = [];
    // IMMEDIATE takes the write lock first, so two processes starting at once
    // cannot both apply the same migration.
    const run = db.transaction(() => {
      const rows = db.prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as AppliedRow[];
      for (const m of pending(all, rows)) {
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), m.checksum, Date.now(), m.name, Date.now());
        applied.push(m.name);
      }
    });
    run.immediate();
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, all: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // One migrator at a time per database, released at COMMIT/ROLLBACK.
    await client.query("SELECT pg_advisory_xact_lock(72657301)");
    await client.query(POSTGRES_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const applied: string[] = [];
    for (const m of pending(all, rows)) {
      await client.query(m.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      applied.push(m.name);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

// Applies what is pending, all in one transaction; returns the names applied.
export async function applyMigrations(target: DatabaseTarget, root: string = process.cwd()): Promise<string[]> {
  const all = readMigrations(migrationsDir(target.provider, root));
  return target.provider === "sqlite" ? migrateSqlite(target.filename, all) : migratePostgres(target.url, all);
}
