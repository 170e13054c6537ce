import { describe, expect, it } from "vitest";
import { computeSnapshot, findPosition } from "./snapshot";
import { assessment, engineInput, nomination, person, position } from "./test-fixtures";
import type { EngineInput } from "./types";

const detailOf = (snapshot: ReturnType<typeof computeSnapshot>, positionId: string) => findPosition(snapshot, positionId)?.detail;

const rowOf = (input: EngineInput, positionId: string) => {
  const row = computeSnapshot(input).positions.find((r) => r.positionId === positionId);
  if (!row) throw new Error(`no row ${positionId}`);
  return row;
};

describe("computeSnapshot: gap report rows", () => {
  it("has exactly the SPEC §7 fields, in order", () => {
    const input = engineInput({ positions: [position("P1")] });
    expect(Object.keys(computeSnapshot(input).positions[0] ?? {})).toEqual([
      "positionId",
      "title",
      "orgUnitPath",
      "level",
      "critical",
      "impactOfLoss",
      "incumbentEmployeeId",
      "retirementDate",
      "retirementSource",
      "vacancyRisk",
      "successors",
      "benchStrength",
      "flags",
      "risk",
    ]);
  });

  it("shows a vacant critical seat as high risk with no successor", () => {
    const input = engineInput({ positions: [position("P1", { critical: true, impactOfLoss: "high" })] });
    expect(rowOf(input, "P1")).toMatchObject({
      incumbentEmployeeId: null,
      retirementDate: null,
      retirementSource: null,
      vacancyRisk: "high",
      successors: { readyNow: 0, readyIn1to2Years: 0, readyIn3PlusYears: 0 },
      benchStrength: "none",
      flags: ["no-successor"],
      risk: 100,
    });
  });

  it("does not flag an unwatched seat for having no successor", () => {
    const input = engineInput({ people: [person("E1", { levelCode: "L2" })], positions: [position("P1", { levelCode: "L2", incumbentId: "E1" })] });
    expect(rowOf(input, "P1")).toMatchObject({ flags: [], vacancyRisk: "low", incumbentEmployeeId: "E1" });
  });

  it("counts only approved nominations as successors", () => {
    const input = engineInput({
      people: ["E1", "C1", "C2", "C3", "C4"].map((id) => person(id, { levelCode: id === "E1" ? "L4" : "L3" })),
      positions: [position("P1", { levelCode: "L4", incumbentId: "E1" })],
      nominations: [
        nomination("P1", "C1", { status: "proposed" }),
        nomination("P1", "C2", { status: "declined" }),
        nomination("P1", "C3", { status: "withdrawn" }),
        nomination("P1", "C4", { status: "approved", readiness: "3_plus_years" }),
      ],
    });
    expect(rowOf(input, "P1")).toMatchObject({
      successors: { readyNow: 0, readyIn1to2Years: 0, readyIn3PlusYears: 1 },
      benchStrength: "weak",
      flags: [],
    });
  });

  it("counts a candidate named twice for one seat once, at the readier entry", () => {
    const input = engineInput({
      people: [person("C1")],
      positions: [position("P1", { critical: true })],
      nominations: [nomination("P1", "C1", { readiness: "3_plus_years" }), nomination("P1", "C1", { readiness: "1_2_years" })],
    });
    expect(rowOf(input, "P1").successors).toEqual({ readyNow: 0, readyIn1to2Years: 1, readyIn3PlusYears: 0 });
  });

  it("treats a leaver as no incumbent and no candidate", () => {
    const input = engineInput({
      people: [person("E1", { active: false, plannedRetirementDate: "2026-06-30" }), person("C1", { active: false })],
      positions: [position("P1", { levelCode: "L4", incumbentId: "E1" })],
      nominations: [nomination("P1", "C1")],
    });
    const snapshot = computeSnapshot(input);
    expect(snapshot.positions[0]).toMatchObject({ incumbentEmployeeId: null, vacancyRisk: "high", retirementDate: null, flags: ["no-successor"] });
    expect(findPosition(snapshot, "P1")?.detail).toMatchObject({ recordedIncumbentId: "E1" });
  });

  it("does not let an incumbent succeed themselves", () => {
    const input = engineInput({
      people: [person("E1", { levelCode: "L4" })],
      positions: [position("P1", { levelCode: "L4", incumbentId: "E1" })],
      nominations: [nomination("P1", "E1")],
    });
    expect(rowOf(input, "P1").successors.readyNow).toBe(0);
  });

  it("ignores nominations for unknown seats or people", () => {
    const input = engineInput({
      people: [person("C1")],
      positions: [position("P1", { critical: true })],
      nominations: [nomination("P9", "C1"), nomination("P1", "ghost")],
    });
    expect(rowOf(input, "P1").flags).toEqual(["no-successor"]);
  });
});

describe("computeSnapshot: retirement", () => {
  const seatWith = (overrides: Parameters<typeof person>[1], settings: Partial<EngineInput["settings"]> = {}) =>
    engineInput({
      settings: { ...engineInput().settings, ...settings },
      people: [person("E1", { levelCode: "L4", ...overrides })],
      positions: [position("P1", { levelCode: "L4", incumbentId: "E1", impactOfLoss: "high" })],
    });

  it("flags an uncovered retirement exactly at the horizon", () => {
    expect(rowOf(seatWith({ plannedRetirementDate: "2028-01-15" }), "P1")).toMatchObject({
      retirementDate: "2028-01-15",
      retirementSource: "planned",
      vacancyRisk: "high",
      flags: ["no-successor", "retirement-uncovered"],
    });
    expect(rowOf(seatWith({ plannedRetirementDate: "2028-01-16" }), "P1")).toMatchObject({ vacancyRisk: "medium", flags: ["no-successor"] });
  });

  it("treats a retirement date already past as retiring soon", () => {
    expect(rowOf(seatWith({ retirementEligibilityDate: "2024-12-31" }), "P1")).toMatchObject({
      retirementSource: "eligibility",
      vacancyRisk: "high",
      flags: ["no-successor", "retirement-uncovered"],
    });
  });

  it("is medium within two horizons and low beyond", () => {
    expect(rowOf(seatWith({ plannedRetirementDate: "2030-01-15" }), "P1").vacancyRisk).toBe("medium");
    expect(rowOf(seatWith({ plannedRetirementDate: "2030-01-16" }), "P1").vacancyRisk).toBe("low");
  });

  it("uses the age rule only when it is on", () => {
    expect(rowOf(seatWith({ birthYear: 1962 }), "P1")).toMatchObject({ retirementDate: null, retirementSource: null, vacancyRisk: "low" });
    expect(rowOf(seatWith({ birthYear: 1962 }, { ageRuleEnabled: true }), "P1")).toMatchObject({
      retirementDate: "2027-07-01",
      retirementSource: "age_rule",
      vacancyRisk: "high",
      flags: ["no-successor", "retirement-uncovered"],
    });
  });

  it("is covered by an approved ready-now successor", () => {
    const input = seatWith({ plannedRetirementDate: "2027-01-01" });
    input.people.push(person("C1", { levelCode: "L3" }));
    input.nominations.push(nomination("P1", "C1"));
    expect(rowOf(input, "P1").flags).toEqual([]);
  });
});

describe("computeSnapshot: single point of failure", () => {
  it("flags two watched seats sharing their only successor, and counts that person once org-wide", () => {
    const input = engineInput({
      people: [person("ana", { levelCode: "L3" })],
      positions: [position("P1", { critical: true }), position("P2", { critical: true }), position("P3", { critical: true })],
      nominations: [nomination("P1", "ana"), nomination("P2", "ana")],
    });
    const snapshot = computeSnapshot(input);
    expect(snapshot.positions.map((r) => [r.positionId, r.flags])).toEqual([
      ["P1", ["single-point"]],
      ["P2", ["single-point"]],
      ["P3", ["no-successor"]],
    ]);
    expect(detailOf(snapshot, "P1")?.singlePointReasons).toEqual(["successor-covers-another-seat"]);
    expect(snapshot.benchStrength).toEqual({
      criticalPositions: 3,
      coveredPositions: 2,
      coveredPct: 66.7,
      effectiveCoveredPositions: 1,
      effectiveCoveredPct: 33.3,
    });
  });

  it("counts a sole successor elsewhere even if that other seat is not watched", () => {
    const input = engineInput({
      people: [person("ana", { levelCode: "L3" })],
      positions: [position("P1", { levelCode: "L4" }), position("P2", { levelCode: "L2" })],
      nominations: [nomination("P1", "ana"), nomination("P2", "ana")],
    });
    const snapshot = computeSnapshot(input);
    expect(snapshot.positions.map((r) => r.flags)).toEqual([["single-point"], []]);
  });

  it("flags a sole successor who is retiring soon or likely to leave", () => {
    const input = engineInput({
      people: [person("old", { plannedRetirementDate: "2027-01-01" }), person("flighty")],
      positions: [position("P1", { critical: true }), position("P2", { critical: true })],
      assessments: [assessment("flighty", { flightRisk: "high" })],
      nominations: [nomination("P1", "old"), nomination("P2", "flighty")],
    });
    const snapshot = computeSnapshot(input);
    expect(snapshot.positions.map((r) => r.flags)).toEqual([["single-point"], ["single-point"]]);
    expect(detailOf(snapshot, "P2")?.singlePointReasons).toEqual(["successor-flight-risk-high"]);
  });

  it("does not flag a second name on the slate", () => {
    const input = engineInput({
      people: [person("ana"), person("ben")],
      positions: [position("P1", { critical: true }), position("P2", { critical: true })],
      nominations: [nomination("P1", "ana"), nomination("P2", "ana"), nomination("P2", "ben", { readiness: "1_2_years" })],
    });
    expect(computeSnapshot(input).positions.map((r) => r.flags)).toEqual([[], []]);
  });
});

describe("computeSnapshot: stuck incumbent and readiness mismatch", () => {
  it("flags a director who keeps managing, on any seat", () => {
    const input = engineInput({
      people: [person("E1", { levelCode: "L4", roleStartDate: "2023-07-15" })],
      positions: [position("P1", { levelCode: "L2", incumbentId: "E1" })],
      assessments: [assessment("E1", { leadershipTimePct: 25, mgmt: 75, lead: 62.5 })],
    });
    const snapshot = computeSnapshot(input);
    expect(snapshot.positions[0]?.flags).toEqual(["stuck-incumbent"]);
    expect(snapshot.people.get("E1")?.stuck).toMatchObject({
      stuck: true,
      conditions: ["low-leadership-time"],
      monthsInRole: 30,
      leadershipTimePct: 25,
      leadershipTimePctThreshold: 40,
      gap: 12.5,
    });
  });

  it("checks a live ready-now claim against the score the seat needs", () => {
    const input = engineInput({
      people: ["A", "B", "C", "D", "E", "F"].map((id) => person(id, { levelCode: "L3" })),
      positions: [position("LEAD", { levelCode: "L4" }), position("MGMT", { levelCode: "L2" }), position("IC", { levelCode: "L1" })],
      assessments: [
        assessment("A", { mgmt: 100, lead: 56.25 }),
        assessment("B", { mgmt: 56.25, lead: 100 }),
        assessment("C", { mgmt: 60, lead: 60 }),
        assessment("D", { mgmt: 0, lead: 0 }),
        assessment("E", { mgmt: 0, lead: 0 }),
      ],
      nominations: [
        nomination("LEAD", "A", { status: "proposed" }), // strong manager, not ready to lead
        nomination("LEAD", "C"), // exactly 60 is enough
        nomination("MGMT", "B"), // strong leader, weak manager
        nomination("MGMT", "D", { status: "declined" }),
        nomination("MGMT", "E", { status: "withdrawn" }),
        nomination("MGMT", "F"), // never assessed
        nomination("IC", "D"),
      ],
    });
    const snapshot = computeSnapshot(input);
    const flags = Object.fromEntries(snapshot.positions.map((r) => [r.positionId, r.flags]));
    expect(flags).toEqual({ IC: [], LEAD: ["readiness-mismatch"], MGMT: ["readiness-mismatch"] });
    expect(detailOf(snapshot, "LEAD")?.mismatchedNominationIds).toHaveLength(1);
    expect(detailOf(snapshot, "MGMT")?.mismatchedNominationIds).toHaveLength(1);
  });

  it("does not check a claim of readiness later than now", () => {
    const input = engineInput({
      people: [person("A")],
      positions: [position("LEAD", { levelCode: "L4" })],
      assessments: [assessment("A", { lead: 0 })],
      nominations: [nomination("LEAD", "A", { readiness: "1_2_years" })],
    });
    expect(rowOf(input, "LEAD").flags).toEqual([]);
  });
});

describe("computeSnapshot: people", () => {
  it("gives every person their derived data, null scores when unassessed", () => {
    const input = engineInput({
      people: [person("A"), person("B", { active: false })],
      assessments: [assessment("A", { mgmt: 62.5, lead: 25, potential: 3 })],
    });
    const snapshot = computeSnapshot(input);
    expect(snapshot.people.get("A")).toMatchObject({
      scores: { mgmtScore: 62.5, leadScore: 25 },
      potential: 3,
      latestCycle: { id: 1, name: "2025 H2", cycleDate: "2025-11-30" },
    });
    expect(snapshot.people.get("B")).toMatchObject({
      active: false,
      scores: { mgmtScore: null, leadScore: null },
      potential: null,
      flightRisk: null,
      latestCycle: null,
      stuck: { stuck: false, reason: "not-leadership-level" },
    });
  });
});

describe("computeSnapshot: roll-ups", () => {
  it("feeds the pipeline from active people and high-risk seats", () => {
    const input = engineInput({
      people: [person("M1", { levelCode: "L2", orgUnitId: "Ops/East" }), person("M2", { levelCode: "L3", orgUnitId: "Ops/West", active: false })],
      positions: [position("D1", { levelCode: "L4", orgUnitId: "Ops/East" })],
      assessments: [assessment("M1", { lead: 62.5 }), assessment("M2", { lead: 100 })],
    });
    const row = computeSnapshot(input).pipeline.find((r) => r.orgUnitId === "Ops" && r.transition === "management-to-leadership");
    expect(row).toMatchObject({ openings: 1, ready: 1, gap: 0 });
  });

  it("puts each seat's risk and flags into its heatmap cell", () => {
    const input = engineInput({ positions: [position("D1", { levelCode: "L4", orgUnitId: "Ops/East", impactOfLoss: "high" })] });
    const cell = computeSnapshot(input).heatmap.find((r) => r.orgUnitId === "Ops" && r.level === "L4");
    expect(cell).toMatchObject({ positions: 1, highRisk: 1, meanRisk: 100, maxRisk: 100, noReadySuccessor: 1 });
    expect(cell?.flags["no-successor"]).toBe(1);
  });

  it("refuses an as-of that is not a date", () => {
    expect(() => computeSnapshot(engineInput({ asOf: "2026-02-30" }))).toThrow(RangeError);
  });
});
