import { describe, expect, it } from "vitest";
import { asOfMode } from "./history";

describe("asOfMode", () => {
  it("reads history before today, today's data from today on", () => {
    expect(asOfMode("2026-12-01", "2026-12-02")).toBe("history");
    expect(asOfMode("2025-12-31", "2026-01-01")).toBe("history");
    expect(asOfMode("2026-12-02", "2026-12-02")).toBe("today");
    expect(asOfMode("2026-12-03", "2026-12-02")).toBe("look-ahead");
  });
});
