import { describe, expect, it } from "vitest";
import { formatMonths } from "./format";

describe("formatMonths", () => {
  it("pluralises months", () => {
    expect(formatMonths(1)).toBe("1 month");
    expect(formatMonths(30)).toBe("30 months");
  });
});
