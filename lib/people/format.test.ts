import { describe, expect, it } from "vitest";
import { formatCount, formatIsoDate, formatMonths, formatPercent, formatScore, MISSING } from "./format";

describe("formatting", () => {
  it("shows a missing score as a dash, never as 0", () => {
    expect(formatScore(null)).toBe(MISSING);
    expect(formatScore(undefined)).toBe(MISSING);
    expect(formatScore(0)).toBe("0");
    expect(formatScore(59.375)).toBe("59.4");
    expect(formatScore(75)).toBe("75");
  });

  it("writes calendar dates without a time zone shift", () => {
    expect(formatIsoDate("2027-03-05")).toBe("5 Mar 2027");
    expect(formatIsoDate("2026-12-31")).toBe("31 Dec 2026");
    expect(formatIsoDate(null)).toBe(MISSING);
    expect(formatIsoDate("not a date")).toBe("not a date");
  });

  it("pluralises months and groups thousands", () => {
    expect(formatMonths(1)).toBe("1 month");
    expect(formatMonths(30)).toBe("30 months");
    expect(formatCount(100000)).toBe("100,000");
    expect(formatPercent(null)).toBe(MISSING);
    expect(formatPercent(42.5)).toBe("42.5 %");
  });
});
