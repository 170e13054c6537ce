import { describe, expect, it } from "vitest";
import type { GapFlag } from "./flags";
import { computeHeatmap, type HeatmapPosition } from "./heatmap";
import { buildOrgTree } from "./org-tree";

const tree = buildOrgTree([
  { id: "Ops", name: "Ops", parentId: null },
  { id: "Ops/East", name: "East", parentId: "Ops" },
  { id: "Ops/West", name: "West", parentId: "Ops" },
  { id: "Sales", name: "Sales", parentId: null },
]);
const seat = (orgUnitPath: string, level: string, risk: number, flags: GapFlag[] = [], readyNow = 0): HeatmapPosition => ({
  orgUnitPath,
  level,
  risk,
  flags,
  successors: { readyNow, readyIn1to2Years: 0, readyIn3PlusYears: 0 },
  benchStrength: readyNow > 0 ? "moderate" : "none",
});
const levelCodes = ["L1", "L2", "L3", "L4", "L5"];

describe("computeHeatmap", () => {
  const rows = computeHeatmap({
    tree,
    levelCodes,
    positions: [
      seat("Ops/East", "L4", 60, ["no-successor"]),
      seat("Ops/East", "L4", 59, ["no-successor", "stuck-incumbent"]),
      seat("Ops/West", "L4", 20, [], 1),
      seat("Ops", "L2", 90, ["readiness-mismatch"]),
    ],
  });
  const cell = (orgUnitId: string | null, level: string) => rows.find((r) => r.orgUnitId === orgUnitId && r.level === level);

  it("aggregates a unit's whole subtree", () => {
    expect(cell("Ops", "L4")).toMatchObject({
      depth: 1,
      positions: 3,
      highRisk: 1, // 60 counts, 59 does not
      meanRisk: 46.3,
      maxRisk: 60,
      noReadySuccessor: 2,
      flags: { "no-successor": 2, "retirement-uncovered": 0, "single-point": 0, "stuck-incumbent": 1, "readiness-mismatch": 0 },
      bench: { none: 2, weak: 0, moderate: 1, strong: 0 },
    });
    expect(cell("Ops/East", "L4")).toMatchObject({ depth: 2, positions: 2, meanRisk: 59.5 });
    expect(cell(null, "L2")).toMatchObject({ depth: 0, positions: 1, highRisk: 1, maxRisk: 90 });
  });

  it("keeps empty cells, with no mean rather than zero", () => {
    expect(rows).toHaveLength((tree.units.length + 1) * levelCodes.length);
    expect(cell("Ops/West", "L1")).toMatchObject({ positions: 0, meanRisk: null, maxRisk: null, highRisk: 0 });
  });

  it("does not repeat the organization as a company root's row: its divisions come first", () => {
    const acme = buildOrgTree([
      { id: "Acme", name: "Acme", parentId: null },
      { id: "Acme/Finance", name: "Finance", parentId: "Acme" },
      { id: "Acme/Operations", name: "Operations", parentId: "Acme" },
    ]);
    const single = computeHeatmap({ tree: acme, levelCodes, positions: [seat("Acme", "L5", 80), seat("Acme/Finance", "L4", 40)] });
    expect([...new Set(single.map((r) => r.orgUnitId))]).toEqual([null, "Acme/Finance", "Acme/Operations"]);
    expect(single.find((r) => r.orgUnitId === "Acme/Finance")?.depth).toBe(1);
    // The seat placed on the root itself still counts for the organization.
    expect(single.find((r) => r.orgUnitId === null && r.level === "L5")?.positions).toBe(1);
  });

  it("gives a level outside the ladder its own column", () => {
    const withStray = computeHeatmap({ tree, levelCodes, positions: [seat("Ops", "X9", 10)] });
    expect(withStray.filter((r) => r.orgUnitId === null).map((r) => r.level)).toEqual([...levelCodes, "X9"]);
  });
});
