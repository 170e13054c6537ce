// Real throw-away databases for integration tests: a fresh SQLite file, and a
// fresh PostgreSQL database on the server at BATON_TEST_POSTGRES_URL
// (default postgres://postgres@127.0.0.1:5432/postgres). Locally, PostgreSQL
// tests skip with a visible notice when no server answers; in CI (CI=true)
// a missing server is a failure, never a skip.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/server/infra/db";
import type { DatabaseTarget } from "@/lib/server/infra/database-url";
import { applyMigrations } from "@/lib/server/infra/migrations";

export type Provider = DatabaseTarget["provider"];

export interface TestDatabase {
  provider: Provider;
  target: DatabaseTarget;
  db: Db;
  drop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, "../..");

export function postgresAdminUrl(): string {
  return process.env.BATON_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

let postgresAnswer: Promise<boolean> | undefined;

export function postgresAvailable(): Promise<boolean> {
  postgresAnswer ??= (async () => {
    const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      if (process.env.CI) throw new Error(`CI needs PostgreSQL at ${postgresAdminUrl()} and none answered`);
      console.warn(`\n*** PostgreSQL not reachable at ${postgresAdminUrl()}: PostgreSQL integration tests are SKIPPED ***\n`);
      return false;
    }
  })();
  return postgresAnswer;
}

// The providers to run integration suites against (top-level await in tests).
export async function providersUnderTest(): Promise<Provider[]> {
  return (await postgresAvailable()) ? ["sqlite", "postgresql"] : ["sqlite"];
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "baton-test-"));
    const filename = path.join(dir, "test.db");
    const target: DatabaseTarget = { provider, url: `file:${filename}`, filename };
    await applyMigrations(target, ROOT);
    const db = createDb(target);
    return {
      provider,
      target,
      db,
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  // BATON_TEST_DB_PREFIX keeps the databases of parallel checkouts apart by name.
  const name = `${process.env.BATON_TEST_DB_PREFIX ?? "baton_test"}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(postgresAdminUrl());
  u.pathname = `/${name}`;
  const target: DatabaseTarget = { provider, url: u.toString() };
  await applyMigrations(target, ROOT);
  const db = createDb(target);
  return {
    provider,
    target,
    db,
    drop: async () => {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

// Every row of every Baton table, ordered, for "nothing changed" assertions.
export async function dumpContent(db: Db): Promise<Record<string, unknown[]>> {
  const tables = [
    "OrgUnit", "Level", "Person", "Position", "Cycle", "Assessment", "Calibration", "Nomination",
    "DevelopmentAction", "AuditEvent", "Setting", "User", "ApiToken", "Notification", "SavedScenario",
    "PersonVersion", "PositionVersion", "AssessmentVersion", "NominationVersion",
  ];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = await db.$queryRawUnsafe(`SELECT * FROM "${table}" ORDER BY 1`);
  }
  return out;
}
