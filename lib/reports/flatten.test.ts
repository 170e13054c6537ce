import { describe, expect, it } from "vitest";
import { flattenRow, snakeCase } from "./flatten";

describe("snakeCase", () => {
  it("follows the report contract's names", () => {
    expect(snakeCase("positionId")).toBe("position_id");
    expect(snakeCase("readyIn1to2Years")).toBe("ready_in_1_to_2_years");
    expect(snakeCase("readyIn3PlusYears")).toBe("ready_in_3_plus_years");
    expect(snakeCase("incumbentEmployeeId")).toBe("incumbent_employee_id");
    expect(snakeCase("no-successor")).toBe("no_successor");
  });
});

describe("flattenRow", () => {
  it("flattens nested objects and joins arrays", () => {
    expect(
      flattenRow({ positionId: "P-1", successors: { readyNow: 1, readyIn3PlusYears: 0 }, flags: ["no-successor", "single-point"], retirementDate: null }),
    ).toEqual({
      position_id: "P-1",
      successors_ready_now: 1,
      successors_ready_in_3_plus_years: 0,
      flags: "no-successor;single-point",
      retirement_date: null,
    });
  });

  it("keeps an empty array as an empty cell", () => {
    expect(flattenRow({ flags: [] })).toEqual({ flags: "" });
  });
});
