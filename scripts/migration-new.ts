// npm run db:migration -- <name>
// Writes prisma/migrations/<provider>/<timestamp>_<name>/migration.sql for
// SQLite and PostgreSQL from the difference between the committed migrations
// and prisma/schema.prisma. Needs a PostgreSQL server (BATON_TEST_POSTGRES_URL,
// default postgres://postgres@127.0.0.1:5432/postgres) for the PostgreSQL SQL.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "date-fns";
import { migrationsDir } from "../lib/server/infra/migrations";
import { diffMigrationsAgainstSchema, ROOT } from "./lib/schema-drift";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migration -- <name in snake_case>");
    process.exit(2);
  }
  const stamp = format(new Date(), "yyyyMMddHHmmss");
  for (const provider of ["sqlite", "postgresql"] as const) {
    const dir = migrationsDir(provider, ROOT);
    mkdirSync(dir, { recursive: true });
    const lock = path.join(dir, "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, `# Written by Baton's migration tooling; keep it.\nprovider = "${provider}"\n`);
    const { inSync, sql } = await diffMigrationsAgainstSchema(provider);
    if (inSync) {
      console.error(`${provider}: migrations already match the schema; nothing written`);
      continue;
    }
    const folder = path.join(dir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    console.error(`${provider}: wrote ${path.relative(ROOT, folder)}/migration.sql`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
