import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleRows } from "@/lib/charts/heatmap-grid";
import { seedDemoOrganization } from "@/lib/testing/demo-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { findRiskOverview } from "./risk-overview";
import { findExecutiveSummary } from "./summary";
import { findRiskCharts } from "./trends";

const providers = await providersUnderTest();

// The shape of most HRIS exports: every unit under one company unit
// ("Acme/Engineering/…"). The divisions are Acme's children, and every
// screen that speaks of divisions must show them, not one row named Acme.
const hr: AppUser = { id: 1, email: "hr@acme.example", name: null, role: "hr", personId: null };
const executive: AppUser = { id: 2, email: "exec@acme.example", name: null, role: "executive", personId: null };

describe.each(providers)("a single-root organization on %s", (provider) => {
  let t: TestDatabase;
  let divisions: string[];
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemoOrganization(t.db, provider, { people: 120, companyRoot: "Acme" });
    const below = await t.db.orgUnit.findMany({ where: { parentId: "Acme" }, select: { name: true } });
    divisions = below.map((u) => u.name).sort((a, b) => a.localeCompare(b));
  }, 60_000);
  afterAll(async () => t?.drop());

  const viewer = (user: AppUser) => createViewer({ db: t.db, user, asOf: "2026-12-01" });

  it("is the shape under test: one top unit, several divisions below it", async () => {
    expect(await t.db.orgUnit.count({ where: { parentId: null } })).toBe(1);
    expect(divisions.length).toBeGreaterThanOrEqual(3);
  });

  it("opens the heatmap on the divisions, with no row repeating the organization", async () => {
    const { grid } = await findRiskOverview(await viewer(executive));
    const first = visibleRows(grid, new Set());
    expect(first[0]?.name).toBe("Whole organization");
    expect(first.slice(1).map((r) => r.name).sort((a, b) => a.localeCompare(b))).toEqual(divisions);
    expect(grid.rows.some((r) => r.id === "Acme")).toBe(false);
  });

  it("charts bench strength and stuck managers with one bar per division", async () => {
    const charts = await findRiskCharts(await viewer(hr));
    expect(charts.bench.labels).toEqual(divisions);
    expect(charts.stuck.labels).toEqual(divisions);
  });

  it("gives the summary's heatmap the divisions", async () => {
    const summary = await findExecutiveSummary(await viewer(executive));
    expect(summary.overview.grid.rows.slice(1).map((r) => r.name).sort((a, b) => a.localeCompare(b))).toEqual(divisions);
  });
});
