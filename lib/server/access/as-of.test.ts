import { describe, expect, it } from "vitest";
import { resolveAsOf } from "./as-of";

const TODAY = "2026-12-02";

describe("resolveAsOf", () => {
  it("defaults to today when no date is asked for", () => {
    expect(resolveAsOf(undefined, TODAY)).toEqual({ asOf: TODAY, rejected: null });
    expect(resolveAsOf("", TODAY)).toEqual({ asOf: TODAY, rejected: null });
    expect(resolveAsOf(null, TODAY)).toEqual({ asOf: TODAY, rejected: null });
  });

  it("takes a calendar date, the first of several", () => {
    expect(resolveAsOf("2027-06-30", TODAY)).toEqual({ asOf: "2027-06-30", rejected: null });
    expect(resolveAsOf(["2025-01-31", "2030-01-01"], TODAY)).toEqual({ asOf: "2025-01-31", rejected: null });
  });

  it("reports a value that is not a date and falls back to today", () => {
    expect(resolveAsOf("2027-02-30", TODAY)).toEqual({ asOf: TODAY, rejected: "2027-02-30" });
    expect(resolveAsOf("tomorrow", TODAY)).toEqual({ asOf: TODAY, rejected: "tomorrow" });
  });
});
