import type { Db } from "@/lib/server/infra/db";
import { recordVersions, TRACKED, type TrackedEntity } from "@/lib/server/state/history-record";

// Tests that build their organization with Prisma directly (not through an
// import or the app's writes) record it as history here: every live row as
// one version valid from `since`, so that reports as of a past date after
// it read the organization as built.
export async function recordTestHistory(db: Db, since = "2020-01-01"): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const entity of Object.keys(TRACKED) as TrackedEntity[]) {
      const spec = TRACKED[entity];
      const rows = await tx.$queryRawUnsafe<Record<string, string | number>[]>(`SELECT "${spec.key}" AS "key" FROM "${spec.table}"`);
      await recordVersions(tx, { entity, keys: rows.map((row) => (typeof row.key === "bigint" ? Number(row.key) : row.key!)), validFrom: since });
    }
  });
}
