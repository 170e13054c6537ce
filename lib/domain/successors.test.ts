import { describe, expect, it } from "vitest";
import { benchStrength, countByReadiness, orgBenchStrength } from "./successors";

const counts = (readyNow: number, readyIn1to2Years: number, readyIn3PlusYears: number) => ({ readyNow, readyIn1to2Years, readyIn3PlusYears });

describe("benchStrength", () => {
  it.each([
    [counts(0, 0, 0), "none"],
    [counts(0, 0, 1), "weak"],
    [counts(0, 0, 4), "weak"],
    [counts(0, 1, 0), "moderate"],
    [counts(0, 3, 2), "moderate"],
    [counts(1, 0, 0), "moderate"],
    [counts(1, 0, 1), "strong"],
    [counts(1, 1, 0), "strong"],
    [counts(2, 0, 0), "strong"],
  ] as const)("%o is %s", (c, expected) => {
    expect(benchStrength(c)).toBe(expected);
  });
});

describe("countByReadiness", () => {
  it("buckets readiness values", () => {
    expect(countByReadiness(["ready_now", "3_plus_years", "1_2_years", "ready_now"])).toEqual(counts(2, 1, 1));
  });
});

describe("orgBenchStrength", () => {
  it("counts a sole ready-now successor of two critical seats once in the effective figure", () => {
    const result = orgBenchStrength([["ana"], ["ana"], []]);
    expect(result).toEqual({
      criticalPositions: 3,
      coveredPositions: 2,
      coveredPct: 66.7,
      effectiveCoveredPositions: 1,
      effectiveCoveredPct: 33.3,
    });
  });

  it("lets the matching move people so that as many seats as possible are covered", () => {
    // Greedy "first name on each slate" would give ana to both seats 1 and 2.
    const result = orgBenchStrength([["ana", "ben"], ["ana"]]);
    expect(result.effectiveCoveredPositions).toBe(2);
  });

  it("has no percentage, not zero, without critical seats", () => {
    expect(orgBenchStrength([])).toMatchObject({ criticalPositions: 0, coveredPct: null, effectiveCoveredPct: null });
  });
});
