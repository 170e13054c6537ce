// npm run db:migrate — applies pending migrations to DATABASE_URL
// (default file:./data/baton.db; the SQLite file is created if missing).
import { databaseTarget } from "../lib/server/infra/database-url";
import { applyMigrations } from "../lib/server/infra/migrations";

async function main() {
  const target = databaseTarget();
  const applied = await applyMigrations(target);
  console.error(
    applied.length === 0
      ? `${target.provider}: database is up to date`
      : `${target.provider}: applied ${applied.length} migration(s): ${applied.join(", ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(`migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
