import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exposure, levelWeights, mostExposed } from "./exposure";
import { DEFAULT_LEVELS } from "./ladder";

const weightOf = levelWeights(DEFAULT_LEVELS);
const seat = (positionId: string, risk: number, critical: boolean, level: string) => ({ positionId, risk, critical, level });

describe("exposure", () => {
  it("weighs the ladder from 0.5 at the bottom rung to 1 at the top", () => {
    expect(DEFAULT_LEVELS.map((l) => weightOf(l.code))).toEqual([0.5, 0.625, 0.75, 0.875, 1]);
    expect(weightOf("X9")).toBe(0.5);
    expect(levelWeights([{ code: "ONLY", name: "Only", rank: 1, kind: "ic" }])("ONLY")).toBe(1);
  });

  it("puts a critical executive seat at risk 60 above an individual contributor's seat at risk 90", () => {
    const designer = seat("P-DESIGN", 90, false, "L1");
    const cco = seat("P-CCO", 60, true, "L5");
    expect(exposure(designer, weightOf)).toBe(27);
    expect(exposure(cco, weightOf)).toBe(60);
    expect(mostExposed([designer, cco], DEFAULT_LEVELS, 10).map((s) => s.positionId)).toEqual(["P-CCO", "P-DESIGN"]);
  });

  it("still ranks a seat nobody is at risk of losing last, however senior", () => {
    const top = mostExposed([seat("P-CEO", 0, true, "L5"), seat("P-IC", 40, false, "L1")], DEFAULT_LEVELS, 1);
    expect(top.map((s) => s.positionId)).toEqual(["P-IC"]);
  });

  it("breaks ties by risk, then by position id, whatever the input order", () => {
    const rows = [seat("B", 50, true, "L3"), seat("A", 50, true, "L3"), seat("C", 75, false, "L5")];
    // C: 75 × 0.6 × 1 = 45; A and B: 50 × 1 × 0.75 = 37.5
    expect(mostExposed(rows, DEFAULT_LEVELS, 3).map((s) => s.positionId)).toEqual(["C", "A", "B"]);
    expect(mostExposed([...rows].reverse(), DEFAULT_LEVELS, 2).map((s) => s.positionId)).toEqual(["C", "A"]);
  });

  it("is monotone: more risk, criticality or seniority never lowers exposure", () => {
    const levels = DEFAULT_LEVELS.map((l) => l.code);
    const facts = fc.record({ risk: fc.integer({ min: 0, max: 100 }), critical: fc.boolean(), level: fc.integer({ min: 0, max: levels.length - 1 }) });
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const lower = { risk: Math.min(a.risk, b.risk), critical: a.critical && b.critical, level: Math.min(a.level, b.level) };
        const higher = { risk: Math.max(a.risk, b.risk), critical: a.critical || b.critical, level: Math.max(a.level, b.level) };
        const value = (f: typeof lower) => exposure({ risk: f.risk, critical: f.critical, level: levels[f.level]! }, weightOf);
        expect(value(higher)).toBeGreaterThanOrEqual(value(lower));
      }),
      { numRuns: 2000 },
    );
  });
});
