import { describe, expect, it } from "vitest";
import { asOfMode, monthEndsBefore } from "./history";

describe("asOfMode", () => {
  it("reads history before today, today's data from today on", () => {
    expect(asOfMode("2026-12-01", "2026-12-02")).toBe("history");
    expect(asOfMode("2025-12-31", "2026-01-01")).toBe("history");
    expect(asOfMode("2026-12-02", "2026-12-02")).toBe("today");
    expect(asOfMode("2026-12-03", "2026-12-02")).toBe("look-ahead");
  });
});

describe("monthEndsBefore", () => {
  it("gives the last day of each month before the as-of month, oldest first, across years and short months", () => {
    const ends = monthEndsBefore("2026-03-15", 24);
    expect(ends).toHaveLength(24);
    expect(ends[0]).toBe("2024-03-31");
    expect(ends.slice(-3)).toEqual(["2025-12-31", "2026-01-31", "2026-02-28"]);
    expect(monthEndsBefore("2024-03-01", 1)).toEqual(["2024-02-29"]);
  });
});
