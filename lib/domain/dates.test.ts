import { describe, expect, it } from "vitest";
import { addMonths, formatIsoDate, fullMonthsBetween, parseIsoDate } from "./dates";

const d = (iso: string) => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad date ${iso}`);
  return parsed;
};

describe("parseIsoDate", () => {
  it("reads calendar dates and refuses impossible ones", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2024-13-01")).toBeNull();
    expect(parseIsoDate("2024-1-01")).toBeNull();
    expect(parseIsoDate("2024-01-01T00:00:00Z")).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });
});

describe("addMonths", () => {
  it("keeps the day, or falls back to the month's last day", () => {
    expect(formatIsoDate(addMonths(d("2026-01-15"), 24))).toBe("2028-01-15");
    expect(formatIsoDate(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(formatIsoDate(addMonths(d("2024-02-29"), 12))).toBe("2025-02-28");
    expect(formatIsoDate(addMonths(d("2026-03-31"), -1))).toBe("2026-02-28");
    expect(formatIsoDate(addMonths(d("2026-11-30"), 2))).toBe("2027-01-30");
  });
});

describe("fullMonthsBetween", () => {
  it("counts a month only once its day is reached", () => {
    expect(fullMonthsBetween(d("2025-07-15"), d("2026-01-15"))).toBe(6);
    expect(fullMonthsBetween(d("2025-07-16"), d("2026-01-15"))).toBe(5);
    expect(fullMonthsBetween(d("2026-01-15"), d("2026-01-15"))).toBe(0);
  });

  it("treats the end of a short month as a full month from a long one", () => {
    expect(fullMonthsBetween(d("2026-01-31"), d("2026-02-28"))).toBe(1);
    expect(fullMonthsBetween(d("2026-01-31"), d("2026-02-27"))).toBe(0);
  });

  it("is negative when the start is after the end", () => {
    expect(fullMonthsBetween(d("2026-03-15"), d("2026-01-20"))).toBe(-2);
  });
});

describe("parseIsoDate on malformed text", () => {
  it.each(["202a-01-01", "2024-0a-01", "2024-01-0a", "2024/01/01", " 2024-01-01", ""])("refuses %j", (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});
