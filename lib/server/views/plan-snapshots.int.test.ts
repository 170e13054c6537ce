import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { recordTestHistory } from "@/lib/testing/test-history";
import { createViewer } from "@/lib/server/access/viewer";
import { decideNomination } from "@/lib/server/operations/nominations";
import { deletePlanSnapshot, takePlanSnapshot } from "@/lib/server/operations/plan-snapshots";
import type { AppUser } from "@/lib/server/auth/users";
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
  // A fresh viewer per call: a viewer keeps the state it read.
  const as = (role: keyof typeof users) => createViewer({ db: t.db, user: users[role] });
  const ceoIn = async (id: number) => {
    const page = await findSnapshotPositions(await as("hr"), id, query);
    return page?.rows.find((r) => r.positionId === "P-CEO");
  };

  it("keeps a seat as it was when taken, and comparing with now names the seat that gained a successor", async () => {
    const taken = await takePlanSnapshot(await as("hr"), { name: "Before the approval" });
    expect(taken.ok).toBe(true);
    const id = taken.ok ? taken.value.id : 0;
    const nomination = await t.db.nomination.findFirstOrThrow();
    const decided = await decideNomination(await as("admin"), { id: nomination.id, decision: "approve", version: nomination.version });
    expect(decided.ok).toBe(true);

    expect((await ceoIn(id))?.successors.readyNow).toBe(0);
    const view = await comparePlanSnapshots(await as("hr"), { from: id, to: "now" });
    expect(view?.comparison.gainedReadyNow).toEqual(["P-CEO"]);
    expect(view?.comparison.seats.find((s) => s.positionId === "P-CEO")).toMatchObject({ entered: ["D1"], flagsLost: ["no-successor"] });
    expect(view?.names).toEqual({ D1: "Name D1" });

    const after = await takePlanSnapshot(await as("hr"), { name: "After" });
    const between = await comparePlanSnapshots(await as("hr"), { from: id, to: after.ok ? after.value.id : 0 });
    expect(between?.comparison.gainedReadyNow).toEqual(["P-CEO"]);
    expect((await findPlanSnapshots(await as("hr"))).map((s) => s.name)).toEqual(["After", "Before the approval"]);
  });

  it("lets only HR take one, and scopes what each role reads", async () => {
    expect(await takePlanSnapshot(await as("executive"), { name: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await takePlanSnapshot(await as("hr"), { name: "  " })).toMatchObject({ ok: false, code: "bad_request" });
    const [latest] = await findPlanSnapshots(await as("hr"));
    const asManager = await findSnapshotPositions(await as("manager"), latest!.id, query);
    expect(asManager?.rows.map((r) => r.positionId).sort()).toEqual(["P-D2", "P-I2", "V-SELL"]);
    const asExecutive = await findSnapshotPositions(await as("executive"), latest!.id, query);
    expect(asExecutive?.rows[0]).not.toHaveProperty("retirementDate");
    expect(asExecutive?.total).toBe(8);
  });

  it("leaves a reader who is not HR out of the frozen slates, as the live ones do", async () => {
    await t.db.nomination.create({ data: { positionId: "V-SELL", candidateId: "D2", readiness: "ready_now", status: "approved" } });
    await t.db.auditEvent.create({ data: { actorLabel: "test", action: "create", entity: "nomination", entityId: "V-SELL/D2" } });
    const taken = await takePlanSnapshot(await as("hr"), { name: "With D2 on a slate" });
    if (!taken.ok) throw new Error(taken.message);
    const slateOf = async (role: keyof typeof users) => (await findSnapshotPositions(await as(role), taken.value.id, query))?.slates["V-SELL"]?.readyNow.map((p) => p.id);
    expect(await slateOf("hr")).toEqual(["D2"]);
    expect(await slateOf("manager")).toEqual([]);
  });

  it("lets only an admin delete one, audited", async () => {
    const [latest] = await findPlanSnapshots(await as("hr"));
    expect(await deletePlanSnapshot(await as("hr"), latest!.id)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deletePlanSnapshot(await as("admin"), latest!.id)).toEqual({ ok: true, value: null });
    expect(await findSnapshotPositions(await as("hr"), latest!.id, query)).toBeNull();
    expect(await t.db.planSnapshotRow.count({ where: { snapshotId: latest!.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { entity: "plan_snapshot", action: "delete", entityId: String(latest!.id) } })).toBe(1);
    expect(await deletePlanSnapshot(await as("admin"), latest!.id)).toMatchObject({ ok: false, code: "not_found" });
  });
});
