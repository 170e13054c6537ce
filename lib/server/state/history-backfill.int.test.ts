import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { getSnapshot } from "@/lib/server/state/org-state";

const providers = await providersUnderTest();
const MIGRATION = "20261203100001_history_backfill";

// The back-fill migration run again on data written without history, as an
// installation upgraded from before history holds it.
describe.each(providers)("the history back-fill migration on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    await t.db.$executeRawUnsafe(`UPDATE "Person" SET "createdAt" = '2026-03-10 09:00:00'`);
    await t.db.$executeRawUnsafe(`UPDATE "Position" SET "createdAt" = '2026-03-10 09:00:00'`);
    const base = { readiness: "ready_now", createdAt: new Date("2026-04-01T10:00:00Z") };
    await t.db.nomination.create({ data: { ...base, positionId: "P-CEO", candidateId: "D1", status: "approved", decidedAt: new Date("2026-05-20T10:00:00Z") } });
    await t.db.nomination.create({ data: { ...base, positionId: "P-D1", candidateId: "M1", status: "proposed" } });
    const sql = readFileSync(path.resolve(__dirname, `../../../prisma/migrations/${provider}/${MIGRATION}/migration.sql`), "utf8");
    for (const statement of sql.split(";").map((s) => s.replace(/^\s*--.*$/gm, "").trim()).filter(Boolean)) {
      await t.db.$executeRawUnsafe(statement);
    }
  });
  afterAll(async () => t?.drop());

  it("records each record from the day it was created, and a decision from its day", async () => {
    const ceo = async (asOf: string) => (await getSnapshot({ db: t.db, asOf })).positions.find((r) => r.positionId === "P-CEO");
    expect(await ceo("2026-03-09")).toBeUndefined();
    expect((await ceo("2026-04-15"))?.successors.readyNow).toBe(0);
    expect((await ceo("2026-05-20"))?.successors.readyNow).toBe(1);
    const versions = await t.db.nominationVersion.findMany({ orderBy: [{ nominationId: "asc" }, { validFrom: "asc" }] });
    expect(versions.map((v) => [v.validFrom, v.validTo, v.status])).toEqual([
      ["2026-04-01", "2026-05-20", "proposed"],
      ["2026-05-20", null, "approved"],
      ["2026-04-01", null, "proposed"],
    ]);
    expect(await t.db.personVersion.count({ where: { validFrom: "2026-03-10", validTo: null } })).toBe(6);
  });
});
