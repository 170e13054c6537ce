import { describe, expect, it } from "vitest";
import { unitOptions } from "./unit-options";

describe("unitOptions", () => {
  it("adds every parent and lists each unit under its parent", () => {
    expect(unitOptions(["Sales/EMEA/North", "Engineering", "Sales/EMEA/North"])).toEqual([
      { id: "Engineering", name: "Engineering", depth: 0 },
      { id: "Sales", name: "Sales", depth: 0 },
      { id: "Sales/EMEA", name: "EMEA", depth: 1 },
      { id: "Sales/EMEA/North", name: "North", depth: 2 },
    ]);
  });

  it("keeps only the top two levels of a huge tree, plus the selected unit", () => {
    const paths = Array.from({ length: 50 }, (_, i) => `Ops/Region ${i % 5}/Team ${i}`);
    const options = unitOptions(paths, "Ops/Region 1/Team 6", 20);
    expect(options.map((o) => o.depth).filter((d) => d === 2)).toHaveLength(1);
    expect(options.some((o) => o.id === "Ops/Region 1/Team 6")).toBe(true);
    expect(options).toHaveLength(1 + 5 + 1);
  });
});
