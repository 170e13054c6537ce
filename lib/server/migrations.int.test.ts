import { describe, expect, it } from "vitest";
import { diffMigrationsAgainstSchema } from "@/scripts/lib/schema-drift";
import { createTestDatabase, providersUnderTest } from "@/lib/testing/test-databases";
import { applyMigrations } from "./migrations";

const providers = await providersUnderTest();

describe.each(providers)("migrations on %s", (provider) => {
  it("build exactly the database the Prisma schema describes", async () => {
    const drift = await diffMigrationsAgainstSchema(provider);
    expect(drift.inSync, `migrations differ from the schema; missing SQL:\n${drift.sql}`).toBe(true);
  });

  it("are recorded like Prisma Migrate and applied only once", async () => {
    const test = await createTestDatabase(provider);
    try {
      const rows = await test.db.$queryRawUnsafe<{ migration_name: string; checksum: string; applied_steps_count: number }[]>(
        `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(["20261123095622_init", "20261123100000_default_ladder", "20261202192543_history_versions", "20261202192544_history_backfill", "20261202193701_plan_snapshots"]);
      for (const row of rows) expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(await applyMigrations(test.target)).toEqual([]);
      expect(await test.db.level.count()).toBe(5);
    } finally {
      await test.drop();
    }
  });
});
