import { describe, expect, it } from "vitest";
import { itemScore, latestAssessments, scoreAssessment, scoreHistory } from "./scores";
import { assessment } from "./test-fixtures";
import type { CycleInput } from "./types";

const cycles: CycleInput[] = [
  { id: 1, name: "2025 H1", cycleDate: "2025-06-30" },
  { id: 2, name: "2024 H2", cycleDate: "2024-12-31" }, // entered late, dated earlier
  { id: 3, name: "2025 H2", cycleDate: "2025-12-31" },
];

describe("itemScore", () => {
  it("maps the mean of four 1–5 items onto 0–100", () => {
    expect(itemScore(1, 1, 1, 1)).toBe(0);
    expect(itemScore(5, 5, 5, 5)).toBe(100);
    expect(itemScore(3, 3, 3, 3)).toBe(50);
    expect(itemScore(3, 3, 4, 4)).toBe(62.5);
    expect(itemScore(3, 4, 4, 4)).toBe(68.75);
  });

  it("lands exactly on 60 for a mean of 3.4, without binary noise", () => {
    expect(itemScore(3.4, 3.4, 3.4, 3.4)).toBe(60);
  });
});

describe("scoreAssessment", () => {
  it("scores management and leadership items separately", () => {
    const a = { ...assessment("A"), mgmtPlanning: 5, mgmtOrganizing: 5, mgmtControlling: 5, mgmtProblemSolving: 5 };
    a.leadDirection = 2;
    a.leadAlignment = 2;
    a.leadInspiration = 2;
    a.leadChange = 2;
    expect(scoreAssessment(a)).toEqual({ mgmtScore: 100, leadScore: 25 });
  });
});

describe("latestAssessments", () => {
  it("takes the latest cycle by date, not by id or row order", () => {
    const rows = [assessment("A", { cycleId: 2, mgmt: 10 }), assessment("A", { cycleId: 1, mgmt: 20 })];
    expect(latestAssessments(cycles, rows).get("A")?.cycle.id).toBe(1);
    expect(latestAssessments(cycles, [...rows].reverse()).get("A")?.cycle.id).toBe(1);
    const withNewest = [...rows, assessment("A", { cycleId: 3, mgmt: 75 })];
    expect(latestAssessments(cycles, withNewest).get("A")?.scores.mgmtScore).toBe(75);
  });

  it("breaks a tie between two cycles on one date by cycle id", () => {
    const sameDay: CycleInput[] = [
      { id: 7, name: "calibration", cycleDate: "2025-12-31" },
      { id: 4, name: "2025 H2", cycleDate: "2025-12-31" },
    ];
    const rows = [assessment("A", { cycleId: 7, lead: 75 }), assessment("A", { cycleId: 4, lead: 25 })];
    expect(latestAssessments(sameDay, rows).get("A")?.scores.leadScore).toBe(75);
    expect(latestAssessments(sameDay, [...rows].reverse()).get("A")?.scores.leadScore).toBe(75);
  });

  it("has no entry for an unassessed person, so no score rather than zero", () => {
    const latest = latestAssessments(cycles, [assessment("A")]);
    expect(latest.has("B")).toBe(false);
  });

  it("ignores assessments of an unknown cycle", () => {
    expect(latestAssessments(cycles, [assessment("A", { cycleId: 99 })]).size).toBe(0);
  });

  it("picks the same row whatever the order when a person has two rows in one cycle", () => {
    const rows = [assessment("A", { cycleId: 3, mgmt: 25 }), assessment("A", { cycleId: 3, mgmt: 75 })];
    const first = latestAssessments(cycles, rows).get("A")?.scores;
    const second = latestAssessments(cycles, [...rows].reverse()).get("A")?.scores;
    expect(first).toEqual(second);
  });
});

describe("scoreHistory", () => {
  it("lists a person's scores oldest cycle first", () => {
    const history = scoreHistory(cycles, [assessment("A", { cycleId: 3, mgmt: 75 }), assessment("A", { cycleId: 2, mgmt: 25 })]);
    expect(history.map((h) => [h.cycleName, h.mgmtScore])).toEqual([
      ["2024 H2", 25],
      ["2025 H2", 75],
    ]);
  });
});
