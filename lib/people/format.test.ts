import { describe, expect, it } from "vitest";
import { formatCount, formatMonths, formatPercent, formatScore, MISSING } from "./format";

describe("formatting", () => {
  it("shows a missing score as a dash, never as 0", () => {
    expect(formatScore(null)).toBe(MISSING);
    expect(formatScore(undefined)).toBe(MISSING);
    expect(formatScore(0)).toBe("0");
    expect(formatScore(59.375)).toBe("59.4");
    expect(formatScore(75)).toBe("75");
  });

  it("pluralises months and groups thousands", () => {
    expect(formatMonths(1)).toBe("1 month");
    expect(formatMonths(30)).toBe("30 months");
    expect(formatCount(100000)).toBe("100,000");
    expect(formatPercent(null)).toBe(MISSING);
    expect(formatPercent(42.5)).toBe("42.5 %");
  });
});
