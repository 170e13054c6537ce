// Runs once when the server starts: bring the database schema up to date
// before the first request, so a fresh install needs no separate step.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A wrong variable stops the server here, with every problem named.
  const { checkServerEnv } = await import("./lib/server/infra/env");
  checkServerEnv();
  const { databaseTarget } = await import("./lib/server/infra/database-url");
  const { applyMigrations } = await import("./lib/server/infra/migrations");
  const target = databaseTarget();
  const applied = await applyMigrations(target);
  if (applied.length > 0) console.log(`baton: applied ${applied.length} migration(s) to ${target.provider}`);
}
