import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, formatDate, formatDateTime, MISSING_DATE, pickLocale } from "./dates";

describe("pickLocale", () => {
  it("takes the browser's preferred language Intl can format", () => {
    expect(pickLocale("de-CH,de;q=0.9,en;q=0.8")).toBe("de-CH");
    expect(pickLocale("fr;q=0.5, en-US;q=0.9")).toBe("en-US");
    expect(pickLocale("en-US")).toBe("en-US");
  });

  it("falls back to the default for no header or nonsense", () => {
    expect(pickLocale(null)).toBe(DEFAULT_LOCALE);
    expect(pickLocale("")).toBe(DEFAULT_LOCALE);
    expect(pickLocale("*")).toBe(DEFAULT_LOCALE);
    expect(pickLocale("!!,$$;q=1")).toBe(DEFAULT_LOCALE);
  });
});

describe("formatDate", () => {
  it("writes one calendar date the reader's way, with no time-zone shift", () => {
    expect(formatDate("2026-12-02", "en-GB")).toBe("2 Dec 2026");
    expect(formatDate("2026-12-02", "en-US")).toBe("Dec 2, 2026");
    expect(formatDate("2026-01-01", "de-DE")).toBe("1. Jan. 2026");
    expect(formatDate("2026-12-31", "en-GB")).toBe("31 Dec 2026");
  });

  it("shows missing as a dash and text that is not a date as it is", () => {
    expect(formatDate(null, "en-GB")).toBe(MISSING_DATE);
    expect(formatDate("soon", "en-GB")).toBe("soon");
  });
});

describe("formatDateTime", () => {
  it("writes a moment in the same date format, with the time in UTC", () => {
    expect(formatDateTime(new Date("2026-12-02T23:30:00Z"), "en-GB")).toBe("2 Dec 2026, 23:30 UTC");
    expect(formatDateTime("2026-12-02T08:05:00.000Z", "en-US")).toBe("Dec 2, 2026, 08:05 UTC");
    expect(formatDateTime(null, "en-GB")).toBe(MISSING_DATE);
  });
});
