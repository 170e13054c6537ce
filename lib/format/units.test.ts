import { describe, expect, it } from "vitest";
import { formatUnitPath } from "./units";

describe("formatUnitPath", () => {
  it("reads a stored path with the separator people see", () => {
    expect(formatUnitPath("Acme/Finance/Payroll")).toBe("Acme › Finance › Payroll");
    expect(formatUnitPath("Acme")).toBe("Acme");
  });
});
