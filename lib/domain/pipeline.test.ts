import { describe, expect, it } from "vitest";
import { buildLadder, DEFAULT_LEVELS } from "./ladder";
import { buildOrgTree } from "./org-tree";
import { computePipeline, type PipelinePerson, type PipelinePosition } from "./pipeline";
import { DEFAULT_SETTINGS } from "./types";

const tree = buildOrgTree([
  { id: "Ops", name: "Ops", parentId: null },
  { id: "Ops/East", name: "East", parentId: "Ops" },
  { id: "Sales", name: "Sales", parentId: null },
]);
const { transitions } = buildLadder(DEFAULT_LEVELS);
const seat = (orgUnitPath: string, level: string, vacancyRisk: PipelinePosition["vacancyRisk"] = "high"): PipelinePosition => ({
  orgUnitPath,
  level,
  vacancyRisk,
});
const candidate = (orgUnitId: string, levelCode: string, potential: number | null, mgmtScore: number | null, leadScore: number | null): PipelinePerson => ({
  active: true,
  orgUnitId,
  levelCode,
  potential,
  scores: { mgmtScore, leadScore },
});
const run = (positions: PipelinePosition[], people: PipelinePerson[]) =>
  computePipeline({ tree, transitions, positions, people, settings: DEFAULT_SETTINGS });
const pick = (rows: ReturnType<typeof run>, orgUnitId: string | null, transition: string) =>
  rows.find((r) => r.orgUnitId === orgUnitId && r.transition === transition);

describe("computePipeline", () => {
  it("counts high-risk seats at the target level as openings, per subtree and overall", () => {
    const rows = run([seat("Ops/East", "L4"), seat("Ops", "L4"), seat("Ops", "L4", "medium"), seat("Sales", "L2")], []);
    expect(pick(rows, null, "management-to-leadership")).toMatchObject({ openings: 2, ready: 0, gap: 2, depth: 0 });
    expect(pick(rows, "Ops", "management-to-leadership")).toMatchObject({ openings: 2, depth: 1, fromLevels: ["L2", "L3"], toLevel: "L4" });
    expect(pick(rows, "Ops/East", "management-to-leadership")).toMatchObject({ openings: 1, depth: 2 });
    expect(pick(rows, "Sales", "ic-to-management")).toMatchObject({ openings: 1 });
  });

  it("judges readiness to manage on the management score, to lead on the leadership score", () => {
    const rows = run(
      [],
      [
        candidate("Ops", "L1", 2, 60, 0), // ready to manage
        candidate("Ops", "L3", 3, 100, 56.25), // a strong manager, not a leader
        candidate("Ops", "L2", 2, 0, 62.5), // ready to lead
        candidate("Ops", "L4", 3, 0, 75), // ready for the top
      ],
    );
    expect(pick(rows, "Ops", "ic-to-management")?.ready).toBe(1);
    expect(pick(rows, "Ops", "management-to-leadership")?.ready).toBe(1);
    expect(pick(rows, "Ops", "leadership-to-executive")?.ready).toBe(1);
  });

  it("needs potential of at least 2 and a score of at least 60, and an assessment at all", () => {
    const rows = run(
      [],
      [
        candidate("Sales", "L1", 2, 60, null),
        candidate("Sales", "L1", 1, 100, null),
        candidate("Sales", "L1", 3, 59.99, null),
        candidate("Sales", "L1", null, null, null),
      ],
    );
    expect(pick(rows, "Sales", "ic-to-management")?.ready).toBe(1);
  });

  it("does not count people who have left", () => {
    const rows = run([], [{ ...candidate("Ops", "L1", 3, 100, 100), active: false }]);
    expect(pick(rows, null, "ic-to-management")?.ready).toBe(0);
  });

  it("never reports a negative gap", () => {
    const rows = run([seat("Ops", "L5")], [candidate("Ops", "L4", 3, 0, 90), candidate("Ops", "L4", 3, 0, 90)]);
    expect(pick(rows, "Ops", "leadership-to-executive")).toMatchObject({ openings: 1, ready: 2, gap: 0 });
  });

  it("has a row per unit and transition even when empty, the organization first", () => {
    const rows = run([], []);
    expect(rows).toHaveLength(4 * 3);
    expect(rows[0]).toMatchObject({ orgUnitId: null, openings: 0, ready: 0, gap: 0 });
  });

  it("counts a seat in an unknown unit for the organization only", () => {
    const rows = run([seat("Nowhere", "L2")], []);
    expect(pick(rows, null, "ic-to-management")?.openings).toBe(1);
    expect(rows.filter((r) => r.orgUnitId !== null).every((r) => r.openings === 0)).toBe(true);
  });
});
