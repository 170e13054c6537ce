import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { recordTestHistory } from "@/lib/testing/test-history";
import { scopeFor } from "@/lib/server/access";
import { decideNomination } from "@/lib/server/nominations";
import { deletePlanSnapshot, takePlanSnapshot } from "@/lib/server/operations/plan-snapshots";
import type { AppUser } from "@/lib/server/users";
import { comparePlanSnapshots, findPlanSnapshots, findSnapshotPositions } from "./plan-snapshots";

const providers = await providersUnderTest();

describe.each(providers)("plan snapshots on %s", (provider) => {
  let t: TestDatabase;
  const users: Record<"hr" | "admin" | "executive" | "manager", AppUser> = {
    hr: { id: 0, email: "hr@co.example", name: null, role: "hr", personId: null },
    admin: { id: 0, email: "admin@co.example", name: null, role: "admin", personId: null },
    executive: { id: 0, email: "exec@co.example", name: null, role: "executive", personId: null },
    manager: { id: 0, email: "d2@co.example", name: null, role: "manager", personId: "D2" },
  };
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    for (const user of Object.values(users)) user.id = (await t.db.user.create({ data: { email: user.email, role: user.role, personId: user.personId } })).id;
    await t.db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", status: "proposed" } });
    await recordTestHistory(t.db);
  });
  afterAll(async () => t?.drop());

  const query = ZPositionsQuery.parse({ sort: "positionId", pageSize: "500" });
  const ceoIn = async (id: number) => {
    const page = await findSnapshotPositions({ db: t.db, scope: await scopeFor(t.db, users.hr), id, query });
    return page?.rows.find((r) => r.positionId === "P-CEO");
  };

  it("keeps a seat as it was when taken, and comparing with now names the seat that gained a successor", async () => {
    const taken = await takePlanSnapshot({ db: t.db, user: users.hr, input: { name: "Before the approval" } });
    expect(taken.ok).toBe(true);
    const id = taken.ok ? taken.value.id : 0;
    const nomination = await t.db.nomination.findFirstOrThrow();
    const decided = await decideNomination({ db: t.db, user: users.admin, scope: await scopeFor(t.db, users.admin), id: nomination.id, decision: "approve", version: nomination.version });
    expect(decided.ok).toBe(true);

    expect((await ceoIn(id))?.successors.readyNow).toBe(0);
    const view = await comparePlanSnapshots({ db: t.db, scope: await scopeFor(t.db, users.hr), query: { from: id, to: "now" } });
    expect(view?.comparison.gainedReadyNow).toEqual(["P-CEO"]);
    expect(view?.comparison.seats.find((s) => s.positionId === "P-CEO")).toMatchObject({ entered: ["D1"], flagsLost: ["no-successor"] });
    expect(view?.names).toEqual({ D1: "Name D1" });

    const after = await takePlanSnapshot({ db: t.db, user: users.hr, input: { name: "After" } });
    const between = await comparePlanSnapshots({ db: t.db, scope: await scopeFor(t.db, users.hr), query: { from: id, to: after.ok ? after.value.id : 0 } });
    expect(between?.comparison.gainedReadyNow).toEqual(["P-CEO"]);
    expect((await findPlanSnapshots({ db: t.db })).map((s) => s.name)).toEqual(["After", "Before the approval"]);
  });

  it("lets only HR take one, and scopes what each role reads", async () => {
    expect(await takePlanSnapshot({ db: t.db, user: users.executive, input: { name: "x" } })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await takePlanSnapshot({ db: t.db, user: users.hr, input: { name: "  " } })).toMatchObject({ ok: false, code: "bad_request" });
    const [latest] = await findPlanSnapshots({ db: t.db });
    const asManager = await findSnapshotPositions({ db: t.db, scope: await scopeFor(t.db, users.manager), id: latest!.id, query });
    expect(asManager?.rows.map((r) => r.positionId).sort()).toEqual(["P-D2", "P-I2", "V-SELL"]);
    const asExecutive = await findSnapshotPositions({ db: t.db, scope: await scopeFor(t.db, users.executive), id: latest!.id, query });
    expect(asExecutive?.rows[0]).not.toHaveProperty("retirementDate");
    expect(asExecutive?.total).toBe(8);
  });

  it("lets only an admin delete one, audited", async () => {
    const [latest] = await findPlanSnapshots({ db: t.db });
    expect(await deletePlanSnapshot({ db: t.db, user: users.hr, id: latest!.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deletePlanSnapshot({ db: t.db, user: users.admin, id: latest!.id })).toEqual({ ok: true, value: null });
    expect(await findSnapshotPositions({ db: t.db, scope: await scopeFor(t.db, users.hr), id: latest!.id, query })).toBeNull();
    expect(await t.db.planSnapshotRow.count({ where: { snapshotId: latest!.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { entity: "plan_snapshot", action: "delete", entityId: String(latest!.id) } })).toBe(1);
    expect(await deletePlanSnapshot({ db: t.db, user: users.admin, id: latest!.id })).toMatchObject({ ok: false, code: "not_found" });
  });
});
