import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { scopeFor } from "./access";
import { findHeatmap, findPipeline } from "./aggregates";
import { findPerson } from "./people";
import { findPositions } from "./positions";
import { getSnapshot } from "./snapshot";
import type { AppUser } from "./users";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

// A small organization with two directors under a CEO, so "inside" and
// "outside" a manager's subtree are both present.
async function seedOrganization(t: TestDatabase) {
  const { db } = t;
  await db.orgUnit.createMany({
    data: [
      { id: "Co", name: "Co", parentId: null, depth: 0 },
      { id: "Co/Build", name: "Build", parentId: "Co", depth: 1 },
      { id: "Co/Sell", name: "Sell", parentId: "Co", depth: 1 },
    ],
  });
  const person = (employeeId: string, orgUnitId: string, levelCode: string, managerId: string | null, extra: object = {}) => ({
    employeeId, name: `Name ${employeeId}`, email: `${employeeId.toLowerCase()}@co.example`, title: `Title ${employeeId}`,
    orgUnitId, levelCode, managerId, roleStartDate: "2020-01-01", birthYear: 1970, ...extra,
  });
  for (const p of [
    person("CEO", "Co", "L5", null, { plannedRetirementDate: "2027-06-30" }),
    person("D1", "Co/Build", "L4", "CEO"),
    person("D2", "Co/Sell", "L4", "CEO"),
    person("M1", "Co/Build", "L2", "D1"),
    person("I1", "Co/Build", "L1", "M1"),
    person("I2", "Co/Sell", "L1", "D2"),
  ]) {
    await db.person.create({ data: p });
  }
  for (const [id, unit, level, incumbent] of [
    ["P-CEO", "Co", "L5", "CEO"], ["P-D1", "Co/Build", "L4", "D1"], ["P-D2", "Co/Sell", "L4", "D2"],
    ["P-M1", "Co/Build", "L2", "M1"], ["P-I1", "Co/Build", "L1", "I1"], ["P-I2", "Co/Sell", "L1", "I2"],
    ["V-BUILD", "Co/Build", "L2", null], ["V-SELL", "Co/Sell", "L2", null],
  ] as const) {
    await db.position.create({ data: { positionId: id, title: `Seat ${id}`, orgUnitId: unit, levelCode: level, incumbentId: incumbent, critical: level === "L5" } });
  }
  const cycle = await db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
  const items = { mgmtPlanning: 5, mgmtOrganizing: 5, mgmtControlling: 5, mgmtProblemSolving: 5, leadDirection: 2, leadAlignment: 2, leadInspiration: 2, leadChange: 2 };
  for (const personId of ["D1", "M1", "I2"]) {
    await db.assessment.create({ data: { personId, cycleId: cycle.id, performance: 3, potential: 3, ...items, leadershipTimePct: 20, flightRisk: "high", notes: "private" } });
  }
  await db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", status: "approved" } });
  await db.auditEvent.create({ data: { actorLabel: "test", action: "create", entity: "test", entityId: "seed" } });
}

const users: Record<string, AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: null },
  managerD1: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
  managerD2: { id: 4, email: "d2@co.example", name: null, role: "manager", personId: "D2" },
  unlinkedManager: { id: 5, email: "x@co.example", name: null, role: "manager", personId: null },
};

describe.each(providers)("read access on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedOrganization(t);
  });
  afterAll(async () => t?.drop());

  const positionsAs = async (user: AppUser, query: Record<string, string> = {}) => {
    const scope = await scopeFor(t.db, user);
    return findPositions({ db: t.db, scope, asOf: AS_OF, query: ZPositionsQuery.parse({ pageSize: "500", sort: "positionId", ...query }) });
  };

  it("gives HR every row, exactly as the report computes them", async () => {
    const page = await positionsAs(users.hr!);
    const snapshot = await getSnapshot({ db: t.db, asOf: AS_OF });
    expect(page.total).toBe(8);
    expect(page.rows).toEqual(snapshot.positions);
  });

  it("gives executives the same rows without personal retirement dates", async () => {
    const page = await positionsAs(users.executive!);
    expect(page.total).toBe(8);
    const ceo = page.rows.find((r) => r.positionId === "P-CEO")!;
    expect(ceo).not.toHaveProperty("retirementDate");
    expect(ceo).not.toHaveProperty("retirementSource");
    expect(ceo.risk).toBeGreaterThanOrEqual(0);
  });

  it("gives a manager only their subtree's seats and the vacancies of their unit", async () => {
    const page = await positionsAs(users.managerD1!);
    expect(page.rows.map((r) => r.positionId).sort()).toEqual(["P-D1", "P-I1", "P-M1", "V-BUILD"]);
    const other = await positionsAs(users.managerD2!);
    expect(other.rows.map((r) => r.positionId).sort()).toEqual(["P-D2", "P-I2", "V-SELL"]);
  });

  it("hides the stuck-in-management flag of the viewer's own seat from everyone but HR", async () => {
    expect((await positionsAs(users.hr!, { flag: "stuck-incumbent" })).rows.map((r) => r.positionId)).toEqual(["P-D1"]);
    expect((await positionsAs(users.managerD1!, { flag: "stuck-incumbent" })).total).toBe(0);
    const own = (await positionsAs(users.managerD1!)).rows.find((r) => r.positionId === "P-D1")!;
    expect(own.flags).not.toContain("stuck-incumbent");
  });

  it("gives a manager account without a person nothing", async () => {
    expect((await positionsAs(users.unlinkedManager!)).total).toBe(0);
  });

  it("filters, searches and pages on the server", async () => {
    expect((await positionsAs(users.hr!, { orgUnit: "Co/Sell" })).rows.map((r) => r.positionId)).toEqual(["P-D2", "P-I2", "V-SELL"]);
    expect((await positionsAs(users.hr!, { q: "name d2" })).rows.map((r) => r.positionId)).toEqual(["P-D2"]);
    expect((await positionsAs(users.hr!, { critical: "true" })).total).toBe(1);
    expect((await positionsAs(users.hr!, { flag: "stuck-incumbent" })).rows.map((r) => r.positionId)).toEqual(["P-D1"]);
    const second = await positionsAs(users.hr!, { pageSize: "3", page: "2" });
    expect(second.rows.map((r) => r.positionId)).toEqual(["P-I1", "P-I2", "P-M1"]);
    expect(second.total).toBe(8);
  });

  it("shows a person by role: sensitive fields to HR only, nothing outside a manager's scope", async () => {
    const as = async (user: AppUser, id: string) => findPerson({ db: t.db, user, scope: await scopeFor(t.db, user), employeeId: id, asOf: AS_OF });
    const hrView = await as(users.hr!, "M1");
    expect(hrView?.sensitive).toEqual({ birthYear: 1970, flightRisk: "high" });
    expect(hrView?.assessment?.managementScore).toBe(100);
    const managerView = await as(users.managerD1!, "M1");
    expect(managerView?.assessment?.leadershipScore).toBe(25);
    expect(managerView).not.toHaveProperty("sensitive");
    expect(await as(users.managerD1!, "I2")).toBeNull();
    const self = await as(users.managerD1!, "D1");
    expect(self?.name).toBe("Name D1");
    expect(self).not.toHaveProperty("assessment");
    const execView = await as(users.executive!, "M1");
    expect(execView).not.toHaveProperty("assessment");
    expect(execView).not.toHaveProperty("sensitive");
  });

  it("scopes the aggregates of a manager to their subtree", async () => {
    const orgHeatmap = await findHeatmap({ db: t.db, scope: await scopeFor(t.db, users.hr!), asOf: AS_OF });
    const managerHeatmap = await findHeatmap({ db: t.db, scope: await scopeFor(t.db, users.managerD1!), asOf: AS_OF });
    const total = (rows: { depth: number; positions: number }[]) => rows.filter((r) => r.depth === 0).reduce((n, r) => n + r.positions, 0);
    expect(total(orgHeatmap)).toBe(8);
    expect(total(managerHeatmap)).toBe(4);
    const pipeline = await findPipeline({ db: t.db, scope: await scopeFor(t.db, users.managerD1!), asOf: AS_OF });
    expect(pipeline.every((r) => r.orgUnitId === null || r.orgUnitId.startsWith("Co/Build"))).toBe(true);
  });
});
