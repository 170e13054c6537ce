import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import type { NewNomination } from "@/lib/schemas/nominations";
import { createViewer } from "@/lib/server/access/viewer";
import { previewNomination, searchCandidates } from "@/lib/server/views/candidates";
import { createNomination, decideNomination, findNomination, findNominations, withdrawNomination } from "./nominations";
import type { Result } from "./result";
import { getSnapshot } from "@/lib/server/state/org-state";
import { today } from "@/lib/server/infra/today";
import type { AppUser } from "@/lib/server/auth/users";

const providers = await providersUnderTest();

// Two directors under a CEO: D1's subtree (Build) is "inside" for manager
// D1 and "outside" for manager D2, and the other way round.
async function seedOrganization(t: TestDatabase): Promise<Record<string, AppUser>> {
  const { db } = t;
  await db.orgUnit.createMany({
    data: [
      { id: "Co", name: "Co", parentId: null, depth: 0 },
      { id: "Co/Build", name: "Build", parentId: "Co", depth: 1 },
      { id: "Co/Sell", name: "Sell", parentId: "Co", depth: 1 },
    ],
  });
  const people: [string, string, string, string | null][] = [
    ["CEO", "Co", "L5", null], ["D1", "Co/Build", "L4", "CEO"], ["D2", "Co/Sell", "L4", "CEO"],
    ["M1", "Co/Build", "L2", "D1"], ["I1", "Co/Build", "L1", "M1"], ["I3", "Co/Build", "L1", "M1"], ["I2", "Co/Sell", "L1", "D2"],
  ];
  for (const [employeeId, orgUnitId, levelCode, managerId] of people) {
    await db.person.create({
      data: { employeeId, name: `Name ${employeeId}`, email: `${employeeId.toLowerCase()}@co.example`, title: "T", orgUnitId, levelCode, managerId, roleStartDate: "2020-01-01" },
    });
  }
  for (const [id, unit, level, incumbent] of [
    ["P-CEO", "Co", "L5", "CEO"], ["P-D1", "Co/Build", "L4", "D1"], ["P-D2", "Co/Sell", "L4", "D2"], ["P-M1", "Co/Build", "L2", "M1"],
    ["P-I1", "Co/Build", "L1", "I1"], ["P-I3", "Co/Build", "L1", "I3"], ["P-I2", "Co/Sell", "L1", "I2"], ["V-BUILD", "Co/Build", "L2", null], ["V-SELL", "Co/Sell", "L2", null],
  ] as const) {
    await db.position.create({ data: { positionId: id, title: `Seat ${id}`, orgUnitId: unit, levelCode: level, incumbentId: incumbent } });
  }
  const cycle = await db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
  // M1 manages well and leads little: a leadership score of 25.
  const items = { mgmtPlanning: 5, mgmtOrganizing: 5, mgmtControlling: 5, mgmtProblemSolving: 5, leadDirection: 2, leadAlignment: 2, leadInspiration: 2, leadChange: 2 };
  await db.assessment.create({ data: { personId: "M1", cycleId: cycle.id, performance: 3, potential: 3, ...items, leadershipTimePct: 50, flightRisk: "low" } });
  await db.auditEvent.create({ data: { actorLabel: "test", action: "create", entity: "test", entityId: "seed" } });
  const users: Record<string, AppUser> = {};
  for (const [key, role, personId] of [
    ["admin", "admin", null], ["hr", "hr", null], ["executive", "executive", null],
    ["managerD1", "manager", "D1"], ["managerD2", "manager", "D2"], ["managerM1", "manager", "M1"],
  ] as const) {
    const row = await db.user.create({ data: { email: `${key.toLowerCase()}@co.example`, role, personId } });
    users[key] = { id: row.id, email: row.email, name: null, role, personId };
  }
  return users;
}

const codeOf = (outcome: Result<unknown>) => (outcome.ok ? "ok" : outcome.code);

describe.each(providers)("nominations on %s", (provider) => {
  let t: TestDatabase;
  let u: Record<string, AppUser>;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    u = await seedOrganization(t);
  });
  afterAll(async () => t?.drop());

  const as = (key: string) => u[key]!;
  const ctx = (key: string) => createViewer({ db: t.db, user: as(key) });
  const nominate = async (key: string, input: Partial<NewNomination> & { positionId: string; candidateId: string }) =>
    createNomination(await ctx(key), { readiness: "1_2_years", ...input });
  const decide = async (key: string, id: number, decision: "approve" | "decline", version: number, reason?: string) =>
    decideNomination(await ctx(key), { id, decision, version, reason });
  const withdraw = async (key: string, id: number, version: number) => withdrawNomination(await ctx(key), { id, version });
  const created = <T,>(outcome: Result<T>): T => {
    if (!outcome.ok) throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
    return outcome.value;
  };

  it("lets each role nominate exactly where SPEC §4 allows, and refused calls change nothing", async () => {
    const refusals: [string, string, string, string][] = [
      ["executive", "P-M1", "I1", "forbidden"],
      ["managerD2", "P-M1", "I2", "not_found"], // manager outside the seat's subtree
      ["managerD1", "P-I2", "I1", "not_found"], // forged: another manager's seat
      ["managerD1", "V-SELL", "I1", "not_found"], // a vacancy in another unit
      ["managerD1", "NO-SUCH", "I1", "not_found"],
      ["managerD1", "P-M1", "M1", "bad_request"], // the incumbent of the same seat
      ["managerD1", "P-M1", "NOBODY", "not_found"],
      ["managerD1", "P-M1", "I2", "not_found"], // forged: a candidate outside the manager's subtree, answered like NOBODY
      ["managerM1", "P-I1", "M1", "forbidden"], // naming oneself
    ];
    for (const [user, positionId, candidateId, expected] of refusals) {
      const before = await dumpContent(t.db);
      expect([user, positionId, candidateId, codeOf(await nominate(user, { positionId, candidateId }))]).toEqual([user, positionId, candidateId, expected]);
      expect(await dumpContent(t.db)).toEqual(before);
    }
    const allowed: [string, string, string][] = [
      ["managerD1", "P-M1", "I1"], // inside scope
      ["managerD1", "P-D1", "M1"], // their own seat
      ["hr", "P-I2", "I1"],
      ["admin", "V-SELL", "I3"],
    ];
    for (const [user, positionId, candidateId] of allowed) {
      const value = created(await nominate(user, { positionId, candidateId }));
      expect(value).toMatchObject({ positionId, candidateId, status: "proposed", version: 1 });
      const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entity: "nomination", entityId: String(value.id) } });
      expect(audit).toMatchObject({ action: "create", actorUserId: as(user).id, actorLabel: as(user).email, before: null });
      expect(JSON.parse(audit.after!)).toMatchObject({ positionId, candidateId, status: "proposed" });
    }
  });

  it("shows a manager HR's candidate from outside their subtree by id only, and the words to HR and the nominator only", async () => {
    const value = created(await nominate("hr", { positionId: "P-I1", candidateId: "I2", rationale: "covers Build twice a year" }));
    created(await decide("admin", value.id, "approve", value.version));
    const managerView = await findNomination(await ctx("managerD1"), value.id);
    expect(managerView).toMatchObject({ candidateId: "I2", candidateName: null, rationale: null });
    const hrView = await findNomination(await ctx("hr"), value.id);
    expect(hrView).toMatchObject({ candidateName: "Name I2", rationale: "covers Build twice a year" });
    expect((await findNominations(await ctx("executive"), { positionId: "P-I1" })).find((n) => n.id === value.id)?.rationale).toBeNull();
  });

  it("lets only HR decide, never the proposer, and never twice", async () => {
    const n = created(await nominate("managerD1", { positionId: "P-I3", candidateId: "I1" }));
    for (const [user, decision, version, reason, expected] of [
      ["managerD1", "approve", 1, undefined, "forbidden"], // approving their own proposal
      ["managerD2", "approve", 1, undefined, "forbidden"],
      ["executive", "approve", 1, undefined, "forbidden"],
      ["hr", "decline", 1, undefined, "bad_request"], // a decline needs a reason
      ["hr", "approve", 7, undefined, "conflict"], // a stale version
    ] as const) {
      const before = await dumpContent(t.db);
      expect([user, codeOf(await decide(user, n.id, decision, version, reason))]).toEqual([user, expected]);
      expect(await dumpContent(t.db)).toEqual(before);
    }
    expect(codeOf(await decide("hr", 999_999, "approve", 1))).toBe("not_found");

    const approved = created(await decide("hr", n.id, "approve", 1));
    expect(approved).toMatchObject({ status: "approved", version: 2 });
    const row = await t.db.nomination.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.decidedById).toBe(as("hr").id);
    const notices = await t.db.notification.findMany({ where: { userId: as("managerD1").id } });
    expect(notices.map((x) => x.message)).toEqual([expect.stringContaining("was approved")]);

    const before = await dumpContent(t.db);
    expect(codeOf(await decide("admin", n.id, "approve", 2))).toBe("conflict"); // decided twice
    expect(codeOf(await decide("admin", n.id, "decline", 1, "late"))).toBe("conflict");
    expect(await dumpContent(t.db)).toEqual(before);
  });

  it("keeps HR from deciding its own proposal (four eyes)", async () => {
    const n = created(await nominate("hr", { positionId: "P-I2", candidateId: "I3" }));
    expect(codeOf(await decide("hr", n.id, "approve", n.version))).toBe("forbidden");
    expect(codeOf(await decide("admin", n.id, "decline", n.version, "not yet"))).toBe("ok");
  });

  it("re-nominating a declined candidate re-opens the same entry", async () => {
    const first = created(await nominate("managerD1", { positionId: "P-M1", candidateId: "I3" }));
    created(await decide("hr", first.id, "decline", first.version, "too early"));
    const again = created(await nominate("managerD1", { positionId: "P-M1", candidateId: "I3", readiness: "3_plus_years" }));
    expect(again).toMatchObject({ id: first.id, status: "proposed", readiness: "3_plus_years", decisionReason: null, version: first.version + 2 });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entity: "nomination", entityId: String(first.id) }, orderBy: { id: "desc" } });
    expect(audit.action).toBe("renominate");
  });

  it("lets only the nominator withdraw, from proposed or approved", async () => {
    const n = created(await nominate("managerD1", { positionId: "P-M1", candidateId: "I1", readiness: "ready_now" }));
    const before = await dumpContent(t.db);
    expect(codeOf(await withdraw("managerD2", n.id, n.version))).toBe("not_found"); // cannot even see it
    expect(codeOf(await withdraw("hr", n.id, n.version))).toBe("forbidden");
    expect(codeOf(await withdraw("executive", n.id, n.version))).toBe("not_found"); // pending: not theirs to read
    expect(await dumpContent(t.db)).toEqual(before);
    const withdrawn = created(await withdraw("managerD1", n.id, n.version));
    expect(withdrawn.status).toBe("withdrawn");
    expect(codeOf(await withdraw("managerD1", n.id, withdrawn.version))).toBe("conflict");
  });

  it("shows pending entries to their nominator and HR only, and never a candidate their own entry", async () => {
    const pending = created(await nominate("managerD1", { positionId: "P-I1", candidateId: "I3" }));
    const ids = async (key: string, status?: string) => (await findNominations(await ctx(key), { status })).map((n) => n.id);
    expect(await ids("managerD1")).toContain(pending.id);
    expect(await ids("hr")).toContain(pending.id);
    expect(await ids("executive")).not.toContain(pending.id);
    expect(await ids("managerD2")).not.toContain(pending.id);
    expect(await ids("executive", "proposed")).toEqual([]);
    // Forged read: asking for another manager's seat by id returns nothing.
    expect(await findNominations(await ctx("managerD2"), { positionId: "P-I1" })).toEqual([]);
    expect(await findNomination(await ctx("managerD2"), pending.id)).toBeNull();

    // M1 is a candidate for a vacancy inside M1's own scope: M1 never sees it.
    const aboutM1 = created(await nominate("hr", { positionId: "V-BUILD", candidateId: "M1" }));
    created(await decide("admin", aboutM1.id, "approve", aboutM1.version));
    expect(await ids("managerM1")).not.toContain(aboutM1.id);
    expect(await findNomination(await ctx("managerM1"), aboutM1.id)).toBeNull();
    expect(await ids("managerD1")).toContain(aboutM1.id);
    expect(await ids("executive")).toContain(aboutM1.id);
    expect(await ids("managerD2")).not.toContain(aboutM1.id);
  });

  it("warns of a readiness mismatch before saving, only with scores the reader may see", async () => {
    const preview = async (key: string, positionId: string, candidateId: string, readiness = "ready_now") =>
      previewNomination(await ctx(key), { positionId, candidateId, readiness, selfId: as(key).personId });
    // M1 leads at 25 (< 60): "ready now" for D1's leadership seat contradicts the assessment.
    const warned = await preview("managerD1", "P-D1", "M1");
    expect(warned?.mismatch?.reason).toContain("leadership score from the latest assessment is 25");
    expect(warned?.blocked).toBeNull();
    expect((await preview("managerD1", "P-D1", "M1", "1_2_years"))?.mismatch).toBeNull();
    expect((await preview("hr", "V-BUILD", "M1"))?.mismatch).toBeNull(); // a management seat: M1 manages at 100
    expect(await preview("managerD2", "P-D1", "M1")).toBeNull(); // the seat is outside D2's scope
    expect(await preview("managerD1", "P-M1", "I2")).toBeNull(); // the candidate is outside D1's scope
    expect((await preview("managerD1", "P-M1", "M1"))?.blocked).toBe("This person holds the seat already.");
    expect((await preview("managerD1", "P-M1", "D1"))?.blocked).toBe("You cannot nominate yourself.");
  });

  it("searches candidates within the reader's scope", async () => {
    const search = async (key: string, q: string) => (await searchCandidates(await ctx(key), { q })).map((h) => h.employeeId);
    expect(await search("managerD1", "I")).toEqual(["I1", "I3"]);
    expect(await search("hr", "I")).toEqual(["I1", "I2", "I3"]);
    expect(await search("managerD2", "M1")).toEqual([]);
    // Case is ignored on both databases (PostgreSQL's LIKE would not).
    expect(await search("hr", "name i")).toEqual(["I1", "I2", "I3"]);
    expect(await search("hr", "i3")).toEqual(["I3"]);
  });

  it("settles two concurrent approvals: one wins, the other gets a conflict, nothing half-written", async () => {
    const n = created(await nominate("managerD1", { positionId: "P-I3", candidateId: "M1" }));
    const results = await Promise.all([decide("hr", n.id, "approve", n.version), decide("admin", n.id, "approve", n.version)]);
    expect(results.map(codeOf).sort()).toEqual(["conflict", "ok"]);
    const row = await t.db.nomination.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.version).toBe(n.version + 1);
    expect(await t.db.auditEvent.count({ where: { entity: "nomination", entityId: String(n.id), action: "approve" } })).toBe(1);
    expect(await t.db.notification.count({ where: { message: { contains: "Name M1 (M1) for Seat P-I3" } } })).toBe(1);
  });

  it("clears a watched seat's no-successor flag once a ready-now successor is approved", async () => {
    const asOf = today();
    const flagsOf = async () => (await getSnapshot({ db: t.db, asOf })).positions.find((r) => r.positionId === "P-D2")!.flags;
    expect(await flagsOf()).toContain("no-successor");
    const n = created(await nominate("managerD2", { positionId: "P-D2", candidateId: "I2", readiness: "ready_now" }));
    expect(await flagsOf()).toContain("no-successor"); // proposed is not a successor yet
    created(await decide("hr", n.id, "approve", n.version));
    const flags = await flagsOf();
    expect(flags).not.toContain("no-successor");
  });
});
