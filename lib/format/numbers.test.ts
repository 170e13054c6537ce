import { describe, expect, it } from "vitest";
import { formatCount, formatPercent, formatScore, MISSING } from "./numbers";

describe("one rounding rule", () => {
  it("shows a score with at most one decimal, missing as a dash, never as 0", () => {
    expect(formatScore(62.5)).toBe("62.5");
    expect(formatScore(59.375)).toBe("59.4");
    expect(formatScore(75)).toBe("75");
    expect(formatScore(0)).toBe("0");
    expect(formatScore(null)).toBe(MISSING);
    expect(formatScore(undefined)).toBe(MISSING);
  });

  it("shows a percentage by the same rule as a score", () => {
    expect(formatPercent(14.814814)).toBe("14.8 %");
    expect(formatPercent(15)).toBe("15 %");
    expect(formatPercent(0)).toBe("0 %");
    expect(formatPercent(null)).toBe(MISSING);
  });

  it("groups thousands in counts", () => {
    expect(formatCount(100000)).toBe("100,000");
    expect(formatCount(null)).toBe(MISSING);
  });
});
