import { describe, expect, it } from "vitest";
import { addMonths, dayOf, formatDay, parseDay } from "./dates";

describe("demo calendar arithmetic", () => {
  it("round-trips every day across leap years and centuries", () => {
    const broken: string[] = [];
    for (let day = dayOf(1896, 1, 1); day <= dayOf(2104, 12, 31); day++) {
      if (parseDay(formatDay(day)) !== day || formatDay(day + 1) <= formatDay(day)) broken.push(formatDay(day));
    }
    expect(broken).toEqual([]);
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(dayOf(2000, 2, 29))).toBe("2000-02-29");
  });

  it("rejects dates that do not exist", () => {
    for (const text of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", ""]) expect(parseDay(text)).toBeNull();
  });

  it("adds calendar months, clamping to the end of shorter months", () => {
    expect(formatDay(addMonths(dayOf(2026, 1, 31), 1))).toBe("2026-02-28");
    expect(formatDay(addMonths(dayOf(2026, 11, 23), 24))).toBe("2028-11-23");
    expect(formatDay(addMonths(dayOf(2026, 3, 15), -11))).toBe("2025-04-15");
  });
});
