import { describe, expect, it } from "vitest";
import { isRetirementOverdue, isRetiringSoon, isRetiringWithinWatch, retirementOf, retirementWindows } from "./retirement";
import { DEFAULT_SETTINGS } from "./types";

const none = { plannedRetirementDate: null, retirementEligibilityDate: null, birthYear: null };
const ageRuleOn = { ...DEFAULT_SETTINGS, ageRuleEnabled: true };

describe("retirementOf", () => {
  it("prefers the planned date over the eligibility date", () => {
    expect(retirementOf({ ...none, plannedRetirementDate: "2027-03-31", retirementEligibilityDate: "2026-01-01" }, DEFAULT_SETTINGS)).toEqual({
      date: "2027-03-31",
      source: "planned",
    });
  });

  it("falls back to the eligibility date", () => {
    expect(retirementOf({ ...none, retirementEligibilityDate: "2029-06-30", birthYear: 1960 }, ageRuleOn)).toEqual({
      date: "2029-06-30",
      source: "eligibility",
    });
  });

  it("never guesses from age while the age rule is off", () => {
    expect(retirementOf({ ...none, birthYear: 1958 }, DEFAULT_SETTINGS)).toEqual({ date: null, source: null });
  });

  it("uses 1 July of birth year + retirement age when the age rule is on", () => {
    expect(retirementOf({ ...none, birthYear: 1962 }, ageRuleOn)).toEqual({ date: "2027-07-01", source: "age_rule" });
    expect(retirementOf({ ...none, birthYear: 1962 }, { ...ageRuleOn, retirementAge: 67 })).toEqual({ date: "2029-07-01", source: "age_rule" });
  });

  it("has no date with the age rule on but no birth year", () => {
    expect(retirementOf(none, ageRuleOn)).toEqual({ date: null, source: null });
  });

  it("treats a malformed planned date as missing", () => {
    expect(retirementOf({ ...none, plannedRetirementDate: "31/03/2027", retirementEligibilityDate: "2030-01-01" }, DEFAULT_SETTINGS).source).toBe(
      "eligibility",
    );
  });
});

describe("retiring soon", () => {
  const windows = retirementWindows("2026-01-15", DEFAULT_SETTINGS);

  it("looks one horizon and two horizons ahead", () => {
    expect(windows).toEqual({ soonUntil: "2028-01-15", watchUntil: "2030-01-15" });
  });

  it("includes a date exactly at the horizon and excludes the day after", () => {
    expect(isRetiringSoon("2028-01-15", windows)).toBe(true);
    expect(isRetiringSoon("2028-01-16", windows)).toBe(false);
  });

  it("calls a date before the as-of date overdue, the as-of date itself not yet", () => {
    expect(isRetirementOverdue("2026-01-14", "2026-01-15")).toBe(true);
    expect(isRetirementOverdue("2026-01-15", "2026-01-15")).toBe(false);
    expect(isRetirementOverdue(null, "2026-01-15")).toBe(false);
  });

  it("includes dates already past", () => {
    expect(isRetiringSoon("2019-06-30", windows)).toBe(true);
  });

  it("is false without a date", () => {
    expect(isRetiringSoon(null, windows)).toBe(false);
    expect(isRetiringWithinWatch(null, windows)).toBe(false);
  });

  it("watches up to exactly twice the horizon", () => {
    expect(isRetiringWithinWatch("2030-01-15", windows)).toBe(true);
    expect(isRetiringWithinWatch("2030-01-16", windows)).toBe(false);
  });

  it("clamps a month-end as-of date", () => {
    expect(retirementWindows("2024-02-29", { retirementHorizonMonths: 12 }).soonUntil).toBe("2025-02-28");
  });

  it("refuses an as-of that is not a date", () => {
    expect(() => retirementWindows("tomorrow", DEFAULT_SETTINGS)).toThrow(RangeError);
  });
});
