import { describe, expect, it } from "vitest";
import { gapFlags, isReadinessMismatch, isWatched, singlePointReasons, type FlagFacts } from "./flags";

const none = { readyNow: 0, readyIn1to2Years: 0, readyIn3PlusYears: 0 };
const base: FlagFacts = {
  watched: true,
  incumbentRetiringSoon: false,
  incumbentStuck: false,
  successors: none,
  singlePointReasons: [],
  readinessMismatch: false,
};
const flags = (overrides: Partial<FlagFacts>) => gapFlags({ ...base, ...overrides });

describe("isWatched", () => {
  it("watches critical seats and every leadership seat", () => {
    expect(isWatched(true, "ic")).toBe(true);
    expect(isWatched(false, "leadership")).toBe(true);
    expect(isWatched(false, "management")).toBe(false);
    expect(isWatched(false, null)).toBe(false);
  });
});

describe("gapFlags", () => {
  it("flags a watched seat without successors, and only a watched one", () => {
    expect(flags({})).toEqual(["no-successor"]);
    expect(flags({ watched: false })).toEqual([]);
    expect(flags({ successors: { ...none, readyIn3PlusYears: 2 } })).toEqual([]);
  });

  it("flags a retiring incumbent with nobody ready now behind them", () => {
    const later = { ...none, readyIn1to2Years: 2 };
    expect(flags({ incumbentRetiringSoon: true, successors: later })).toEqual(["retirement-uncovered"]);
    expect(flags({ incumbentRetiringSoon: true, successors: { ...later, readyNow: 1 } })).toEqual([]);
    expect(flags({ incumbentRetiringSoon: true, watched: false })).toEqual([]);
  });

  it("flags a single fragile successor only when they are the only one", () => {
    const one = { ...none, readyNow: 1 };
    expect(flags({ successors: one, singlePointReasons: ["successor-flight-risk-high"] })).toEqual(["single-point"]);
    expect(flags({ successors: one })).toEqual([]);
    expect(flags({ successors: { ...one, readyIn3PlusYears: 1 }, singlePointReasons: ["successor-flight-risk-high"] })).toEqual([]);
    expect(flags({ watched: false, successors: one, singlePointReasons: ["successor-retiring-soon"] })).toEqual([]);
  });

  it("flags a stuck incumbent and a readiness mismatch on any seat", () => {
    expect(flags({ watched: false, incumbentStuck: true, readinessMismatch: true })).toEqual(["stuck-incumbent", "readiness-mismatch"]);
  });

  it("lists flags in the SPEC's order", () => {
    expect(flags({ incumbentRetiringSoon: true, incumbentStuck: true, readinessMismatch: true })).toEqual([
      "no-successor",
      "retirement-uncovered",
      "stuck-incumbent",
      "readiness-mismatch",
    ]);
  });
});

describe("singlePointReasons", () => {
  it("names each reason the sole successor is fragile", () => {
    expect(singlePointReasons({ retiringSoon: true, flightRisk: "high", soleSuccessorOf: 2 })).toEqual([
      "successor-retiring-soon",
      "successor-flight-risk-high",
      "successor-covers-another-seat",
    ]);
    expect(singlePointReasons({ retiringSoon: false, flightRisk: "medium", soleSuccessorOf: 1 })).toEqual([]);
    expect(singlePointReasons({ retiringSoon: false, flightRisk: null, soleSuccessorOf: 1 })).toEqual([]);
  });
});

describe("isReadinessMismatch", () => {
  const scores = (mgmtScore: number | null, leadScore: number | null) => ({ mgmtScore, leadScore });

  it("judges a leadership seat on the leadership score", () => {
    expect(isReadinessMismatch("leadership", scores(100, 59.99), 60)).toBe(true);
    expect(isReadinessMismatch("leadership", scores(0, 60), 60)).toBe(false);
  });

  it("judges a management seat on the management score", () => {
    expect(isReadinessMismatch("management", scores(56.25, 100), 60)).toBe(true);
    expect(isReadinessMismatch("management", scores(60, 0), 60)).toBe(false);
  });

  it("never flags an IC seat or an unassessed candidate", () => {
    expect(isReadinessMismatch("ic", scores(0, 0), 60)).toBe(false);
    expect(isReadinessMismatch(null, scores(0, 0), 60)).toBe(false);
    expect(isReadinessMismatch("leadership", scores(null, null), 60)).toBe(false);
  });
});
