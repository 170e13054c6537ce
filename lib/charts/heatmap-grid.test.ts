import { describe, expect, it } from "vitest";
import { buildOrgTree, computeHeatmap, DEFAULT_LEVELS, type HeatmapPosition } from "@/lib/domain";
import { cellView, gapsHref, heatmapGrid, visibleRows, type HeatmapGrid, type HeatmapGridRow } from "./heatmap-grid";

const cellAt = (grid: HeatmapGrid, row: HeatmapGridRow, level: string) => cellView(grid, row, grid.levels.findIndex((l) => l.code === level));

const units = [
  { id: "Engineering", name: "Engineering", parentId: null },
  { id: "Engineering/Platform", name: "Platform", parentId: "Engineering" },
  { id: "Engineering/Platform/Core", name: "Core", parentId: "Engineering/Platform" },
  { id: "Sales", name: "Sales", parentId: null },
];

const seat = (orgUnitPath: string, level: string, risk: number, readyNow = 0): HeatmapPosition => ({
  orgUnitPath,
  level,
  risk,
  flags: [],
  successors: { readyNow, readyIn1to2Years: 0, readyIn3PlusYears: 0 },
  benchStrength: readyNow > 0 ? "moderate" : "none",
});

const rows = computeHeatmap({
  tree: buildOrgTree(units),
  levelCodes: DEFAULT_LEVELS.map((l) => l.code),
  positions: [seat("Engineering/Platform/Core", "L4", 90), seat("Engineering/Platform", "L4", 30, 1), seat("Sales", "L1", 8)],
});

describe("heatmapGrid", () => {
  const grid = heatmapGrid({ rows, levels: DEFAULT_LEVELS, asOf: "2027-11-23", maxDepth: 2, wholeLabel: "Whole organization" });

  it("keeps the ladder's columns and units down to the chosen depth", () => {
    expect(grid.levels.map((l) => `${l.code} ${l.name}`)).toEqual([
      "L1 Individual contributor",
      "L2 First-line manager",
      "L3 Manager of managers",
      "L4 Director",
      "L5 Executive",
    ]);
    expect(grid.rows.map((r) => [r.name, r.depth, r.parentId, r.hasChildren])).toEqual([
      ["Whole organization", 0, null, false],
      ["Engineering", 1, null, true],
      ["Platform", 2, "Engineering", false],
      ["Sales", 1, null, false],
    ]);
  });

  it("gives each cell its numbers, colour class and drill-down link", () => {
    const platform = grid.rows.find((r) => r.id === "Engineering/Platform")!;
    // Shipped as four numbers a cell, in the levels' order.
    expect(platform.cells).toHaveLength(grid.levels.length);
    expect(platform.cells[3]).toEqual([2, 1, 1, 60]);
    const l4 = cellAt(grid, platform, "L4");
    expect(l4).toMatchObject({ level: "L4", positions: 2, highRisk: 1, noReadySuccessor: 1, meanRisk: 60, riskClass: 3 });
    expect(l4.href).toBe("/gaps?orgUnit=Engineering%2FPlatform&level=L4&asOf=2027-11-23");
    const empty = cellAt(grid, platform, "L1");
    expect(empty).toMatchObject({ positions: 0, riskClass: null, href: null });
  });

  it("links the whole-organization row without a unit filter", () => {
    const whole = cellAt(grid, grid.rows[0]!, "L1");
    expect(whole.href).toBe("/gaps?level=L1&asOf=2027-11-23");
    expect(gapsHref({ orgUnit: "R&D/Team A", level: "L2", asOf: "2026-01-01" })).toBe("/gaps?orgUnit=R%26D%2FTeam+A&level=L2&asOf=2026-01-01");
  });

  it("attaches a unit to its nearest shown ancestor when its parent is outside the scope", () => {
    const scoped = computeHeatmap({
      tree: buildOrgTree(units.filter((u) => u.id.startsWith("Engineering/Platform")), { companyRoot: false }),
      levelCodes: ["L4"],
      positions: [seat("Engineering/Platform/Core", "L4", 90)],
    });
    const g = heatmapGrid({ rows: scoped, levels: DEFAULT_LEVELS, asOf: "2026-01-01", maxDepth: 2, wholeLabel: "Your reporting line" });
    expect(g.rows.map((r) => [r.id, r.depth, r.parentId, r.hasChildren])).toEqual([
      [null, 0, null, false],
      ["Engineering/Platform", 1, null, true],
      ["Engineering/Platform/Core", 2, "Engineering/Platform", false],
    ]);
  });

  it("opens on the divisions, and a division opens to its departments", () => {
    expect(visibleRows(grid, new Set()).map((r) => r.name)).toEqual(["Whole organization", "Engineering", "Sales"]);
    expect(visibleRows(grid, new Set(["Engineering"])).map((r) => r.name)).toEqual(["Whole organization", "Engineering", "Platform", "Sales"]);
  });

  it("opens on the divisions below a company root, not on the root", () => {
    const acme = [{ id: "Acme", name: "Acme", parentId: null }, ...units.map((u) => ({ ...u, id: `Acme/${u.id}`, parentId: u.parentId ? `Acme/${u.parentId}` : "Acme" }))];
    const single = computeHeatmap({ tree: buildOrgTree(acme), levelCodes: ["L4"], positions: [seat("Acme/Engineering/Platform", "L4", 30)] });
    const g = heatmapGrid({ rows: single, levels: DEFAULT_LEVELS, asOf: "2026-01-01", maxDepth: 2, wholeLabel: "Whole organization" });
    expect(visibleRows(g, new Set()).map((r) => [r.name, r.depth])).toEqual([
      ["Whole organization", 0],
      ["Engineering", 1],
      ["Sales", 1],
    ]);
  });
});
