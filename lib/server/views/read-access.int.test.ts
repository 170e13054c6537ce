import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization } from "@/lib/testing/small-org";
import { recordTestHistory } from "@/lib/testing/test-history";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { createViewer } from "@/lib/server/access/viewer";
import { findHeatmap, findPipeline } from "./aggregates";
import { findPerson } from "./people";
import { findPositions } from "./positions";
import { summarizeGaps } from "./gaps-summary";
import { getOrgState, getSnapshot } from "@/lib/server/state/org-state";
import type { AppUser } from "@/lib/server/auth/users";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

// A small organization with two directors under a CEO, so "inside" and
// "outside" a manager's subtree are both present.
async function seedOrganization(t: TestDatabase) {
  const { db } = t;
  await seedSmallOrganization(db, { people: { CEO: { plannedRetirementDate: "2027-06-30" } } });
  const cycle = await db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
  const items = MANAGER_NOT_LEADER_ITEMS;
  for (const personId of ["D1", "M1", "I2"]) {
    await db.assessment.create({ data: { personId, cycleId: cycle.id, performance: 3, potential: 3, ...items, leadershipTimePct: 20, flightRisk: "high", notes: "private" } });
  }
  await db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", status: "approved" } });
  await recordTestHistory(db);
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
    return findPositions(await createViewer({ db: t.db, user, asOf: AS_OF }), ZPositionsQuery.parse({ pageSize: "500", sort: "positionId", ...query }));
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
    const state = await getOrgState({ db: t.db, asOf: AS_OF });
    expect(summarizeGaps(await createViewer({ db: t.db, user: users.hr!, asOf: AS_OF }), state).flagCounts["stuck-incumbent"]).toBe(1);
    expect(summarizeGaps(await createViewer({ db: t.db, user: users.managerD1!, asOf: AS_OF }), state).flagCounts["stuck-incumbent"]).toBe(0);
  });

  it("gives a manager account without a person nothing", async () => {
    expect((await positionsAs(users.unlinkedManager!)).total).toBe(0);
  });

  it("filters, searches and pages on the server", async () => {
    expect((await positionsAs(users.hr!, { orgUnit: "Co/Sell" })).rows.map((r) => r.positionId)).toEqual(["P-D2", "P-I2", "V-SELL"]);
    expect((await positionsAs(users.hr!, { q: "name d2" })).rows.map((r) => r.positionId)).toEqual(["P-D2"]);
    // By id as well as name, in any case.
    expect((await positionsAs(users.hr!, { q: "p-d2" })).rows.map((r) => r.positionId)).toEqual(["P-D2"]);
    expect((await positionsAs(users.hr!, { critical: "true" })).total).toBe(1);
    expect((await positionsAs(users.hr!, { flag: "stuck-incumbent" })).rows.map((r) => r.positionId)).toEqual(["P-D1"]);
    const second = await positionsAs(users.hr!, { pageSize: "3", page: "2" });
    expect(second.rows.map((r) => r.positionId)).toEqual(["P-I1", "P-I2", "P-M1"]);
    expect(second.total).toBe(8);
  });

  it("shows a person by role: sensitive fields to HR only, nothing outside a manager's scope", async () => {
    const as = async (user: AppUser, id: string) => findPerson(await createViewer({ db: t.db, user, asOf: AS_OF }), id);
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
    const orgHeatmap = await findHeatmap(await createViewer({ db: t.db, user: users.hr!, asOf: AS_OF }));
    const managerHeatmap = await findHeatmap(await createViewer({ db: t.db, user: users.managerD1!, asOf: AS_OF }));
    const total = (rows: { depth: number; positions: number }[]) => rows.filter((r) => r.depth === 0).reduce((n, r) => n + r.positions, 0);
    expect(total(orgHeatmap)).toBe(8);
    expect(total(managerHeatmap)).toBe(4);
    const pipeline = await findPipeline(await createViewer({ db: t.db, user: users.managerD1!, asOf: AS_OF }));
    expect(pipeline.every((r) => r.orgUnitId === null || r.orgUnitId.startsWith("Co/Build"))).toBe(true);
  });
});
