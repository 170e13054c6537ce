import { describe, expect, it } from "vitest";
import { buildOrgTree, companyRootOf, divisionsOf } from "./org-tree";

describe("buildOrgTree", () => {
  it("chains each unit to its ancestors and knows its depth", () => {
    const tree = buildOrgTree([
      { id: "Ops/East/Team 1", name: "Team 1", parentId: "Ops/East" },
      { id: "Ops", name: "Ops", parentId: null },
      { id: "Sales", name: "Sales", parentId: null },
      { id: "Ops/East", name: "East", parentId: "Ops" },
    ]);
    const team = tree.indexOf("Ops/East/Team 1")!;
    expect(tree.chainOf(team).map((i) => tree.units[i]?.id)).toEqual(["Ops/East/Team 1", "Ops/East", "Ops"]);
    expect(tree.depthOf(team)).toBe(3);
    expect(tree.depthOf(tree.indexOf("Ops")!)).toBe(1);
    expect(tree.root).toBeUndefined();
  });

  it("treats a lone top unit with units below it as the company: its children are the divisions", () => {
    const tree = buildOrgTree([
      { id: "Ops/East/Team 1", name: "Team 1", parentId: "Ops/East" },
      { id: "Ops", name: "Ops", parentId: null },
      { id: "Ops/East", name: "East", parentId: "Ops" },
    ]);
    const team = tree.indexOf("Ops/East/Team 1")!;
    expect(tree.chainOf(team).map((i) => tree.units[i]?.id)).toEqual(["Ops/East/Team 1", "Ops/East", "Ops"]);
    expect(tree.depthOf(team)).toBe(2);
    expect(tree.depthOf(tree.indexOf("Ops/East")!)).toBe(1);
    expect(tree.root).toBe(tree.indexOf("Ops"));
    expect(tree.depthOf(tree.indexOf("Ops")!)).toBe(0);
  });

  it("keeps a lone top unit as depth 1 when asked to (a manager's own unit)", () => {
    const tree = buildOrgTree(
      [
        { id: "Acme", name: "Acme", parentId: null },
        { id: "Acme/Finance", name: "Finance", parentId: "Acme" },
      ],
      { companyRoot: false },
    );
    expect(tree.root).toBeUndefined();
    expect(tree.depthOf(tree.indexOf("Acme")!)).toBe(1);
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

describe("companyRootOf and divisionsOf", () => {
  const acme = [
    { id: "Acme/Operations/Plant 1", name: "Plant 1", parentId: "Acme/Operations" },
    { id: "Acme/Operations", name: "Operations", parentId: "Acme" },
    { id: "Acme", name: "Acme", parentId: null },
    { id: "Acme/Finance", name: "Finance", parentId: "Acme" },
  ];

  it("finds the divisions one level below a lone company root", () => {
    expect(companyRootOf(acme)?.id).toBe("Acme");
    expect(divisionsOf(acme).map((u) => u.id)).toEqual(["Acme/Finance", "Acme/Operations"]);
  });

  it("takes the top-level units as divisions when there are several", () => {
    const units = [...acme, { id: "Spin-off", name: "Spin-off", parentId: null }];
    expect(companyRootOf(units)).toBeNull();
    expect(divisionsOf(units).map((u) => u.id)).toEqual(["Acme", "Spin-off"]);
  });

  it("keeps a single unit with nothing below it as the only division", () => {
    const units = [{ id: "Solo", name: "Solo", parentId: null }];
    expect(companyRootOf(units)).toBeNull();
    expect(divisionsOf(units).map((u) => u.id)).toEqual(["Solo"]);
  });

  it("counts a unit whose parent is unknown as top-level, so it is no company root", () => {
    const units = [
      { id: "Acme", name: "Acme", parentId: null },
      { id: "Acme/Finance", name: "Finance", parentId: "Acme" },
      { id: "Lost/Unit", name: "Unit", parentId: "Lost" },
    ];
    expect(companyRootOf(units)).toBeNull();
    expect(divisionsOf(units).map((u) => u.id)).toEqual(["Acme", "Lost/Unit"]);
  });
});
