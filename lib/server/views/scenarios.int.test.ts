import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import type { Db } from "@/lib/server/infra/db";
import { findScenario } from "./scenarios";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

const users: Record<"hr" | "executive" | "manager", AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: null },
  manager: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
};

// Every row of every table the scenario could touch, to prove it wrote nothing.
async function everything(db: Db) {
  return Promise.all([
    db.person.findMany({ orderBy: { employeeId: "asc" } }),
    db.position.findMany({ orderBy: { positionId: "asc" } }),
    db.nomination.findMany({ orderBy: { id: "asc" } }),
    db.assessment.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
}

describe.each(providers)("scenarios on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db, { people: { CEO: { plannedRetirementDate: "2027-06-30" } } });
    // CEO ← D1 ← M1 ← I1, and D2 also wants M1.
    for (const [positionId, candidateId] of [["P-CEO", "D1"], ["P-D1", "M1"], ["P-M1", "I1"], ["P-D2", "M1"]] as const) {
      await t.db.nomination.create({ data: { positionId, candidateId, readiness: "ready_now", status: "approved" } });
    }
    await t.db.auditEvent.create({ data: { actorLabel: "test", action: "create", entity: "test", entityId: "seed" } });
  });
  afterAll(async () => t?.drop());

  const simulate = async (who: keyof typeof users, leavers: string[], retireBy?: string) =>
    findScenario(await createViewer({ db: t.db, user: users[who], today: AS_OF }), { leavers, retireBy });

  it("plays the chain for one leaver and writes nothing", async () => {
    const before = await everything(t.db);
    const outcome = await simulate("executive", ["CEO"]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.moves.map((m) => [m.positionId, m.vacatedBy, m.filledBy])).toEqual([
      ["P-CEO", "CEO", "D1"],
      ["P-D1", "D1", "M1"],
      ["P-M1", "M1", "I1"],
    ]);
    expect(outcome.value.unfilled.map((u) => [u.positionId, u.reason])).toEqual([["P-I1", "no-ready-now-successor"]]);
    expect(outcome.value.depth).toBe(3);
    expect(await everything(t.db)).toEqual(before);
  });

  it("two leavers competing for one successor, and retireBy", async () => {
    const outcome = await simulate("hr", ["D1", "D2"]);
    if (!outcome.ok) throw new Error(outcome.message);
    // Same level and impact: the smaller id, P-D1, takes M1 first.
    expect(outcome.value.moves.map((m) => [m.positionId, m.filledBy])).toEqual([["P-D1", "M1"], ["P-M1", "I1"]]);
    expect(outcome.value.unfilled.find((u) => u.positionId === "P-D2")).toMatchObject({ reason: "all-moved-or-leaving", blocked: [{ employeeId: "M1", why: "moved" }] });
    const retiring = await simulate("hr", [], "2027-12-31");
    if (!retiring.ok) throw new Error(retiring.message);
    expect(retiring.value.leavers).toEqual(["CEO"]);
  });

  it("answers managers not found and names unknown ids", async () => {
    expect(await simulate("manager", ["CEO"])).toMatchObject({ ok: false, code: "not_found" });
    const unknown = await simulate("hr", ["CEO", "E404", "E405"]);
    expect(unknown).toMatchObject({ ok: false, code: "bad_request" });
    if (!unknown.ok) expect(unknown.message).toContain("E404, E405");
  });
});
