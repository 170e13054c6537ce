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

  it("keeps only divisions and departments of a huge tree, plus the selected unit", () => {
    const paths = Array.from({ length: 50 }, (_, i) => `${i % 2 ? "Ops" : "Sales"}/Region ${i % 5}/Team ${i}`);
    const options = unitOptions(paths, "Ops/Region 1/Team 1", 20);
    expect(options.filter((o) => o.depth === 2).map((o) => o.id)).toEqual(["Ops/Region 1/Team 1"]);
    expect(options).toHaveLength(2 + 10 + 1); // two divisions, five regions in each, the selected team
  });

  it("counts divisions below a lone company root when it cuts a huge tree", () => {
    const paths = Array.from({ length: 50 }, (_, i) => `Acme/Division ${i % 3}/Dept ${i % 6}/Team ${i}`);
    const options = unitOptions(paths, undefined, 20);
    expect(options.filter((o) => o.depth === 1)).toHaveLength(3);
    expect(options.filter((o) => o.depth === 2)).toHaveLength(6);
    expect(options.some((o) => o.depth === 3)).toBe(false);
  });
});
