// Compares what the committed migrations build with what the Prisma schema
// describes: apply every migration to a fresh, throw-away database with
// Baton's own runner, then let Prisma's schema engine diff that database
// against the schema. Empty diff = in sync.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/server/infra/migrations";
import { noFilters, schemaTarget, withSchemaEngine, type Provider } from "./schema-engine";

export const ROOT = path.resolve(__dirname, "../..");

export function schemaPath(provider: Provider): string {
  return path.join(ROOT, provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma");
}

export function postgresAdminUrl(): string {
  return process.env.BATON_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

export function withDatabaseName(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface DriftResult {
  inSync: boolean;
  sql: string; // the SQL that would bring the migrated database to the schema
}

export async function diffMigrationsAgainstSchema(provider: Provider): Promise<DriftResult> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "baton-drift-"));
    const filename = path.join(dir, "drift.db");
    try {
      await applyMigrations({ provider, url: `file:${filename}`, filename }, ROOT);
      return await diff(provider, filename);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  const name = `baton_drift_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = withDatabaseName(postgresAdminUrl(), name);
    await applyMigrations({ provider, url }, ROOT);
    return await diff(provider, url);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function connectedDatabase(provider: Provider) {
  const target = schemaTarget(schemaPath(provider));
  if (target.tag !== "schemaDatamodel") throw new Error("unreachable");
  return { tag: "schemaDatasource" as const, files: target.files, configDir: ROOT };
}

async function diff(provider: Provider, url: string): Promise<DriftResult> {
  const result = await withSchemaEngine({ provider, url }, (engine) =>
    engine.diff({ from: connectedDatabase(provider), to: schemaTarget(schemaPath(provider)), script: true, exitCode: true, filters: noFilters }),
  );
  return { inSync: result.exitCode === 0, sql: result.stdout ?? "" };
}
