import { describe, expect, it } from "vitest";
import { buildOrgTree } from "./org-tree";

describe("buildOrgTree", () => {
  it("chains each unit to its ancestors and knows its depth", () => {
    const tree = buildOrgTree([
      { id: "Ops/East/Team 1", name: "Team 1", parentId: "Ops/East" },
      { id: "Ops", name: "Ops", parentId: null },
      { id: "Ops/East", name: "East", parentId: "Ops" },
    ]);
    const team = tree.indexOf("Ops/East/Team 1")!;
    expect(tree.chainOf(team).map((i) => tree.units[i]?.id)).toEqual(["Ops/East/Team 1", "Ops/East", "Ops"]);
    expect(tree.depthOf(team)).toBe(3);
    expect(tree.depthOf(tree.indexOf("Ops")!)).toBe(1);
  });

  it("makes a unit with an unknown parent top-level", () => {
    const tree = buildOrgTree([{ id: "Lost/Unit", name: "Unit", parentId: "Lost" }]);
    expect(tree.depthOf(0)).toBe(1);
  });

  it("cuts a parent cycle instead of looping", () => {
    const tree = buildOrgTree([
      { id: "A", name: "A", parentId: "B" },
      { id: "B", name: "B", parentId: "A" },
    ]);
    expect(tree.chainOf(0)).toEqual([0, 1]);
    expect(tree.chainOf(1)).toEqual([1, 0]);
  });
});
