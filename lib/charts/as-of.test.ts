import { describe, expect, it } from "vitest";
import { lookAheadOptions } from "./as-of";

describe("lookAheadOptions", () => {
  it("steps a year back, today, +1, +2, +3 and +5 years on the calendar", () => {
    expect(lookAheadOptions("2026-11-23").map((o) => [o.label, o.asOf])).toEqual([
      ["−1 year", "2025-11-23"],
      ["Today", "2026-11-23"],
      ["+1 year", "2027-11-23"],
      ["+2 years", "2028-11-23"],
      ["+3 years", "2029-11-23"],
      ["+5 years", "2031-11-23"],
    ]);
  });

  it("lands 29 February on 28 February in a common year", () => {
    expect(lookAheadOptions("2028-02-29")[2]?.asOf).toBe("2029-02-28");
  });

  it("refuses a date that is not one", () => {
    expect(() => lookAheadOptions("2026-13-01")).toThrow(RangeError);
  });
});
