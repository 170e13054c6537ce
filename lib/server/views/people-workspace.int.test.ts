import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { ZPeopleQuery } from "@/lib/schemas/people";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization } from "@/lib/testing/small-org";
import { recordTestHistory } from "@/lib/testing/test-history";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import { findAllGapRows, findGapsView } from "./gaps";
import { findPeopleDirectory } from "./people-directory";
import { canOpenProfile, findPersonProfile } from "./person-profile";
import type { AppUser } from "@/lib/server/auth/users";

// The HR workspace's data layer (gaps view, people directory, profile)
// decides access itself: these tests call it as each role.
const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

async function seed(t: TestDatabase) {
  const { db } = t;
  await seedSmallOrganization(db, { people: { CEO: { plannedRetirementDate: "2027-06-30" } } });
  const older = await db.cycle.create({ data: { name: "2026 H1", cycleDate: "2026-04-01" } });
  const cycle = await db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
  const items = MANAGER_NOT_LEADER_ITEMS;
  for (const personId of ["D1", "M1", "I2"]) {
    await db.assessment.create({ data: { personId, cycleId: cycle.id, performance: 3, potential: 3, ...items, leadershipTimePct: 20, flightRisk: "high" } });
  }
  await db.assessment.create({ data: { personId: "M1", cycleId: older.id, performance: 2, potential: 2, ...items, leadDirection: 1, leadershipTimePct: 10, flightRisk: "low" } });
  await db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", nominatedById: "D2", readiness: "ready_now", status: "approved", rationale: "private reasoning" } });
  await db.nomination.create({ data: { positionId: "P-M1", candidateId: "I1", nominatedById: "D1", readiness: "1_2_years", status: "proposed" } });
  await db.nomination.create({ data: { positionId: "P-D1", candidateId: "M1", nominatedById: "CEO", readiness: "3_plus_years", status: "proposed" } });
  await recordTestHistory(db);
  await db.auditEvent.create({ data: { actorLabel: "test", action: "update", entity: "person", entityId: "M1" } });
}

const users: Record<string, AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: null },
  d1: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
  d2: { id: 4, email: "d2@co.example", name: null, role: "manager", personId: "D2" },
};

describe.each(providers)("HR workspace data layer on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seed(t);
  });
  afterAll(async () => t?.drop());

  const directory = async (user: AppUser, query: Record<string, string> = {}) =>
    findPeopleDirectory(await createViewer({ db: t.db, user, asOf: AS_OF }), ZPeopleQuery.parse(query));
  const profile = async (user: AppUser, employeeId: string) =>
    findPersonProfile(await createViewer({ db: t.db, user, asOf: AS_OF }), employeeId);

  it("lists everyone for HR, a manager's reports (not the manager) for a manager, nobody for executives", async () => {
    expect((await directory(users.hr!))?.total).toBe(6);
    expect((await directory(users.d1!))?.rows.map((r) => r.employeeId).sort()).toEqual(["I1", "M1"]);
    expect(await directory(users.executive!)).toBeNull();
  });

  it("filters and sorts the directory on the server, unassessed people last", async () => {
    expect((await directory(users.hr!, { stuck: "true" }))?.rows.map((r) => r.employeeId)).toEqual(["D1"]);
    const byScore = await directory(users.hr!, { sort: "-mgmtScore" });
    expect(byScore?.rows.slice(0, 3).every((r) => r.mgmtScore === 100)).toBe(true);
    expect(byScore?.rows.at(-1)?.mgmtScore).toBeNull();
    expect((await directory(users.hr!, { q: "title i2" }))?.rows.map((r) => r.employeeId)).toEqual(["I2"]);
    expect((await directory(users.hr!, { orgUnit: "Co/Sell" }))?.total).toBe(2);
  });

  it("opens a profile only inside the viewer's scope, never for executives", async () => {
    const can = async (user: AppUser, id: string) => canOpenProfile(await createViewer({ db: t.db, user, asOf: AS_OF }), id);
    expect(await can(users.hr!, "I2")).toBe(true);
    expect(await can(users.hr!, "NOBODY")).toBe(false);
    expect(await can(users.d1!, "M1")).toBe(true);
    expect(await can(users.d1!, "I2")).toBe(false);
    expect(await can(users.executive!, "M1")).toBe(false);
    expect(await profile(users.d1!, "I2")).toBeNull();
    expect(await profile(users.executive!, "M1")).toBeNull();
  });

  it("gives HR the whole profile: history over cycles, every nomination, the audit trail", async () => {
    const m1 = await profile(users.hr!, "M1");
    expect(m1?.history?.map((h) => [h.cycleName, h.leadScore])).toEqual([["2026 H1", 18.75], ["2026 H2", 25]]);
    expect(m1?.history?.[1]?.flightRisk).toBe("high");
    expect(m1?.nominationsFor.map((n) => n.positionId)).toEqual(["P-D1"]);
    expect(m1?.audit?.map((a) => a.entityId)).toEqual(["M1"]);
    const d1 = await profile(users.hr!, "D1");
    expect(d1?.nominationsFor[0]?.rationale).toBe("private reasoning");
  });

  it("hides from a manager their own candidacies, others' pending nominations, rationales and the audit", async () => {
    const self = await profile(users.d1!, "D1");
    expect(self?.history).toBeNull();
    expect(self?.nominationsFor).toEqual([]); // D1 is the candidate for P-CEO
    expect(self?.nominationsBy.map((n) => n.positionId)).toEqual(["P-M1"]); // their own pending one
    expect(self?.audit).toBeNull();

    const m1 = await profile(users.d1!, "M1");
    expect(m1?.history).toHaveLength(2);
    expect(m1?.history?.every((h) => h.flightRisk === null)).toBe(true);
    expect(m1?.nominationsFor).toEqual([]); // pending, nominated by the CEO
    expect(m1?.person.sensitive).toBeUndefined();

    const i1 = await profile(users.d1!, "I1");
    expect(i1?.nominationsFor.map((n) => n.status)).toEqual(["proposed"]); // D1 nominated them

    const d2 = await profile(users.d2!, "D2");
    expect(d2?.nominationsBy).toHaveLength(1); // approved, so visible to its nominator
    expect(d2?.nominationsBy[0]?.rationale).toBe("private reasoning");
  });

  it("summarises and exports only what the viewer may see", async () => {
    const view = async (user: AppUser) =>
      findGapsView(await createViewer({ db: t.db, user, asOf: AS_OF }), ZPositionsQuery.parse({}));
    expect((await view(users.hr!)).summary.positions).toBe(8);
    const manager = await view(users.d1!);
    expect(manager.summary.positions).toBe(4);
    expect(manager.orgUnits.map((u) => u.id)).toEqual(["Co", "Co/Build"]);
    const exec = await view(users.executive!);
    expect(exec.showsRetirement).toBe(false);
    expect(exec.canOpenProfiles).toBe(false);
    const all = await findAllGapRows(await createViewer({ db: t.db, user: users.d2!, asOf: AS_OF }), ZPositionsQuery.parse({ riskBand: "high" }));
    expect(all.every((r) => r.risk >= 60 && ["P-D2", "P-I2", "V-SELL"].includes(r.positionId))).toBe(true);
  });
});
