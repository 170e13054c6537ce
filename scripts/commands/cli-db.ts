import { createDb, type Db } from "@/lib/server/infra/db";
import { databaseTarget } from "@/lib/server/infra/database-url";
import { applyMigrations } from "@/lib/server/infra/migrations";

// Every CLI command works on an up-to-date schema, like the app does at start.
export async function openCliDatabase(): Promise<Db> {
  const target = databaseTarget();
  await applyMigrations(target);
  return createDb(target);
}
