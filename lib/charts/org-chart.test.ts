import { describe, expect, it } from "vitest";
import { buildOrgChartTree, pathTo, type OrgChartSeat } from "./org-chart";

const seat = (positionId: string, holderId: string | null, orgUnitPath: string, levelRank: number, sortName = holderId ?? ""): OrgChartSeat => ({
  positionId,
  holderId,
  orgUnitPath,
  levelRank,
  sortName,
});

const people = [
  { employeeId: "ceo", managerId: null },
  { employeeId: "vp", managerId: "ceo" },
  { employeeId: "left", managerId: "vp" }, // has left, but still recorded in the seat
  { employeeId: "eng1", managerId: "left" },
  { employeeId: "noseat", managerId: "vp" },
  { employeeId: "eng2", managerId: "noseat" },
];

const seats = [
  seat("P-ceo", "ceo", "Exec", 5, "Zed"),
  seat("P-vp", "vp", "Eng", 4, "Vera"),
  seat("P-left", "left", "Eng/Platform", 3, "Lee"),
  seat("P-eng1", "eng1", "Eng/Platform", 1, "Amy"),
  seat("P-eng2", "eng2", "Eng/Platform", 1, "Bob"),
  seat("V-platform", null, "Eng/Platform", 2),
  seat("V-director", null, "Eng", 4),
  seat("V-ghost", "unknown-person", "Sales", 1),
  seat("V-vp-sales", null, "Sales", 5),
];

describe("buildOrgChartTree", () => {
  const tree = buildOrgChartTree(seats, people);

  it("hangs held seats under the nearest seat up the reporting chain", () => {
    expect(tree.parentOf.get("P-vp")).toBe("P-ceo");
    expect(tree.parentOf.get("P-eng1")).toBe("P-left"); // a leaver's seat keeps its reports
    expect(tree.parentOf.get("P-eng2")).toBe("P-vp"); // a manager without a seat is skipped
  });

  it("hangs vacancies under the head of their unit, or higher up", () => {
    expect(tree.parentOf.get("V-platform")).toBe("P-left");
    // Same rank as the Eng head: goes up, past units with no head, to the top.
    expect(tree.parentOf.get("V-director")).toBe("P-ceo");
    expect(tree.parentOf.get("V-ghost")).toBe("P-ceo");
    // As senior as the top seat, and nobody above it: the top still takes it.
    expect(tree.parentOf.get("V-vp-sales")).toBe("P-ceo");
    expect(tree.roots).toEqual(["P-ceo"]);
    const outranked = buildOrgChartTree([seat("P-vp", "vp", "Eng", 4), seat("V-top", null, "Exec", 5)], [{ employeeId: "vp", managerId: null }]);
    expect(outranked.roots).toEqual(["V-top", "P-vp"]);
  });

  it("orders children most senior first, vacancies first within a rank, then by name", () => {
    expect(tree.childrenOf.get("P-ceo")).toEqual(["V-vp-sales", "V-director", "P-vp", "V-ghost"]);
    expect(tree.childrenOf.get("P-left")).toEqual(["V-platform", "P-eng1"]);
    expect(tree.childrenOf.get("P-eng1")).toBeUndefined();
  });

  it("counts everything below each seat", () => {
    expect(tree.descendants.get("P-ceo")).toBe(8);
    expect(tree.descendants.get("P-vp")).toBe(4);
    expect(tree.descendants.get("P-left")).toBe(2);
    expect(tree.descendants.get("P-eng2")).toBe(0);
  });

  it("gives the path from the top to a seat", () => {
    expect(pathTo(tree, "P-eng1")).toEqual(["P-ceo", "P-vp", "P-left", "P-eng1"]);
    expect(pathTo(tree, "P-ceo")).toEqual(["P-ceo"]);
    expect(pathTo(tree, "nope")).toEqual([]);
  });

  it("does not depend on input order", () => {
    const shuffled = buildOrgChartTree([...seats].reverse(), [...people].reverse());
    expect(shuffled.roots).toEqual(tree.roots);
    for (const s of seats) {
      expect(shuffled.parentOf.get(s.positionId)).toBe(tree.parentOf.get(s.positionId));
      expect(shuffled.childrenOf.get(s.positionId)).toEqual(tree.childrenOf.get(s.positionId));
    }
  });

  it("survives a reporting cycle and a very deep chain", () => {
    const loop = buildOrgChartTree(
      [seat("A", "a", "U", 2), seat("B", "b", "U", 1)],
      [
        { employeeId: "a", managerId: "b" },
        { employeeId: "b", managerId: "a" },
      ],
    );
    expect(loop.parentOf.get("A")).toBe("B");
    const n = 20_000;
    const deep = buildOrgChartTree(
      Array.from({ length: n }, (_, i) => seat(`S${i}`, `p${i}`, "U", 1)),
      Array.from({ length: n }, (_, i) => ({ employeeId: `p${i}`, managerId: i === 0 ? null : `p${i - 1}` })),
    );
    expect(deep.descendants.get("S0")).toBe(n - 1);
    expect(pathTo(deep, `S${n - 1}`)).toHaveLength(n);
  });
});
