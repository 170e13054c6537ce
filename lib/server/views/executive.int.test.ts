import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization } from "@/lib/testing/small-org";
import { recordTestHistory } from "@/lib/testing/test-history";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import { findOrgChartChildren, findOrgChartPath, findOrgChartStart, searchOrgChart } from "./org-chart";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { findGapsView } from "./gaps";
import { findPerson } from "./people";
import { findRiskOverview } from "./risk-overview";
import { findExecutiveSummary } from "./summary";
import { findRiskCharts } from "./trends";
import type { AppUser } from "@/lib/server/auth/users";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

// A CEO retiring within the horizon, two directors (D1 stuck in management),
// a vacancy in each division, two review cycles.
async function seedOrganization(t: TestDatabase) {
  const { db } = t;
  await seedSmallOrganization(db, {
    birthYear: 1960,
    people: { CEO: { plannedRetirementDate: "2027-06-30" }, D1: { plannedRetirementDate: "2030-03-31" } },
    isCritical: (level) => level !== "L1",
  });
  const earlier = await db.cycle.create({ data: { name: "2025 H2", cycleDate: "2025-10-01" } });
  const cycle = await db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
  const items = MANAGER_NOT_LEADER_ITEMS;
  for (const c of [earlier, cycle]) {
    for (const personId of ["D1", "M1", "I2"]) {
      await db.assessment.create({ data: { personId, cycleId: c.id, performance: 3, potential: 3, ...items, leadershipTimePct: 20, flightRisk: "high", notes: "private" } });
    }
  }
  await db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", status: "approved" } });
  await recordTestHistory(db);
  await db.auditEvent.create({ data: { actorLabel: "test", action: "create", entity: "test", entityId: "seed" } });
}

const users: Record<"hr" | "executive" | "managerD1", AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: "CEO" },
  managerD1: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
};

const SENSITIVE = /retirementDate|retirementSource|flightRisk|birthYear|notes/;

describe.each(providers)("executive views on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedOrganization(t);
  });
  afterAll(async () => t?.drop());

  const viewer = (user: AppUser, asOf = AS_OF) => createViewer({ db: t.db, user, asOf });

  it("opens the org chart at the top for an executive, with names and readiness only", async () => {
    const start = await findOrgChartStart(await viewer(users.executive));
    expect(start.roots.map((r) => r.positionId)).toEqual(["P-CEO"]);
    const ceo = start.roots[0]!;
    expect(ceo).toMatchObject({ incumbent: { employeeId: "CEO", name: "Name CEO", profileHref: "/people/CEO" }, successors: { readyNow: 1 } });
    expect(start.pages[0]?.boxes.map((b) => b.positionId)).toEqual(["P-D1", "P-D2"]);
    expect(start.pages[0]?.boxes[0]?.flags).toContain("stuck-incumbent");
    expect(JSON.stringify(start)).not.toMatch(SENSITIVE);
    // The vacancies hang under the head of their division.
    const sell = await findOrgChartChildren(await viewer(users.executive), { parentId: "P-D2", offset: 0 });
    expect(sell?.boxes.map((b) => [b.positionId, b.incumbent?.name ?? null])).toEqual([
      ["V-SELL", null],
      ["P-I2", "Name I2"],
    ]);
  });

  it("keeps a manager's chart, search and paths inside their subtree, and hides their own stuck flag", async () => {
    const as = await viewer(users.managerD1);
    const start = await findOrgChartStart(as);
    expect(start.roots.map((r) => r.positionId)).toEqual(["P-D1"]);
    expect(start.roots[0]?.flags).not.toContain("stuck-incumbent");
    expect(start.roots[0]?.descendantCount).toBe(3);
    expect(await findOrgChartChildren(as, { parentId: "P-CEO", offset: 0 })).toBeNull();
    expect(await findOrgChartPath(as, "P-I2")).toBeNull();
    expect((await searchOrgChart(as, "name i")).matches.map((m) => m.employeeId)).toEqual(["I1"]);
    const path = await findOrgChartPath(as, "P-I1");
    expect(path?.path).toEqual(["P-D1", "P-M1", "P-I1"]);
    expect(path?.pages.map((p) => p.parentId)).toEqual(["P-D1", "P-M1"]);
  });

  it("counts the retiring-soon seat holders in view, more of them further ahead", async () => {
    const exec = await viewer(users.executive);
    expect((await findRiskOverview(exec)).retiringSoon).toMatchObject({ count: 1, seats: 8, until: "2028-12-01" });
    expect((await findRiskOverview(await viewer(users.executive, "2029-12-01"))).retiringSoon.count).toBe(2);
    expect((await findRiskOverview(await viewer(users.managerD1))).retiringSoon).toMatchObject({ count: 0, seats: 4 });
  });

  it("marks a retirement date already past as overdue, on the gap report and the person", async () => {
    const later = await viewer(users.hr, "2027-07-01");
    const view = await findGapsView(later, ZPositionsQuery.parse({}));
    const overdue = (id: string) => view.rows.find((r) => r.positionId === id)?.retirementOverdue;
    expect(overdue("P-CEO")).toBe(true); // planned 2027-06-30
    expect(overdue("P-D1")).toBe(false); // planned 2030-03-31
    expect((await findPerson(later, "CEO"))?.retirement).toMatchObject({ date: "2027-06-30", overdue: true, retiringSoon: true });
    expect((await findPerson(await viewer(users.hr), "CEO"))?.retirement?.overdue).toBe(false);
  });

  it("aggregates the charts on the server, leaving the viewer out of assessment-based counts", async () => {
    const hr = await findRiskCharts(await viewer(users.hr));
    // "Co" is the company root: the divisions are the units below it.
    expect(hr.stuck.labels).toEqual(["Build", "Sell"]);
    expect(hr.stuck.series[0]?.values).toEqual([1, 0]);
    expect(hr.bench.labels).toEqual(["Build", "Sell"]);
    expect(hr.wave.labels[0]).toBe("2026");
    expect(hr.wave.series[0]?.values).toEqual([0, 1, 0, 0, 1]);
    expect(hr.wave.series[1]?.values).toEqual([0, 1, 0, 0, 0]);
    // Two years of month-ends, the two reviews in their place, and the date shown.
    expect(hr.trend.labels).toHaveLength(24 + 2 + 1);
    expect(hr.trend.labels.slice(0, 2)).toEqual(["Dec 2024", "Jan 2025"]);
    expect(hr.trend.labels.slice(9, 12)).toEqual(["Sep 2025", "2025 H2", "Oct 2025"]);
    expect(hr.trend.labels.slice(-4)).toEqual(["2026 H2", "Oct 2026", "Nov 2026", "As of"]);
    const manager = await findRiskCharts(await viewer(users.managerD1));
    expect(manager.stuck.labels).toEqual(["Build"]);
    expect(manager.stuck.series[0]?.values).toEqual([0]);
    expect(JSON.stringify(manager)).not.toMatch(/D1|Name /);
  });

  it("gives an executive the most exposed seats without personal retirement dates", async () => {
    const summary = await findExecutiveSummary(await viewer(users.executive));
    // Risk weighed by level and criticality: the stuck director's seat (63,
    // L4) leads the vacant L2 seats (70), and the CEO's seat (25, L5) passes
    // an individual contributor's non-critical seat at 63.
    expect(summary.top.map((r) => r.positionId)).toEqual(["P-D1", "V-BUILD", "V-SELL", "P-M1", "P-CEO", "P-I2", "P-D2", "P-I1"]);
    expect(summary.top[1]).toMatchObject({ positionId: "V-BUILD", risk: 70, incumbentName: null });
    expect(summary.top.length).toBe(8);
    expect(summary.overview.grid.rows.every((r) => r.depth <= 1)).toBe(true);
    expect(JSON.stringify(summary.top)).not.toMatch(SENSITIVE);
    const hr = await findExecutiveSummary(await viewer(users.hr));
    expect(hr.top.find((r) => r.positionId === "P-CEO")?.retirementDate).toBe("2027-06-30");
  });
});
