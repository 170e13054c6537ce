import { describe, expect, it } from "vitest";
import { groupIndex } from "./divisions";

describe("groupIndex", () => {
  const find = groupIndex([
    { id: "Engineering", name: "Engineering" },
    { id: "Eng", name: "Eng" },
    { id: "Sales/EMEA", name: "EMEA" },
  ]);

  it("finds the group a unit belongs to by whole path segments", () => {
    expect(find("Engineering")).toBe(0);
    expect(find("Engineering/Platform/Core")).toBe(0);
    expect(find("Eng/Tools")).toBe(1);
    expect(find("Sales/EMEA/North")).toBe(2);
  });

  it("returns null outside every group", () => {
    expect(find("Sales")).toBeNull();
    expect(find("Sales/Americas")).toBeNull();
    expect(find("Engineeringx")).toBeNull();
  });
});
