import { describe, expect, it } from "vitest";
import { benchByGroup, benchChart } from "./bench";

const groups = [
  { id: "Engineering", name: "Engineering" },
  { id: "Sales", name: "Sales" },
  { id: "People", name: "People" },
];

describe("bench strength by division", () => {
  const seats = [
    { orgUnitPath: "Engineering/Platform", critical: true, readyNowIds: ["A"] },
    { orgUnitPath: "Engineering/Data", critical: true, readyNowIds: ["A"] },
    { orgUnitPath: "Engineering", critical: true, readyNowIds: [] },
    { orgUnitPath: "Engineering", critical: false, readyNowIds: ["B"] },
    { orgUnitPath: "Sales/EMEA", critical: true, readyNowIds: ["C", "D"] },
    { orgUnitPath: "Finance", critical: true, readyNowIds: ["E"] },
  ];

  it("counts critical seats only, and one seat per person for the effective figure", () => {
    const [eng, sales, people] = benchByGroup(groups, seats);
    expect(eng).toMatchObject({ criticalPositions: 3, coveredPositions: 2, coveredPct: 66.7, effectiveCoveredPositions: 1, effectiveCoveredPct: 33.3 });
    expect(sales).toMatchObject({ criticalPositions: 1, coveredPct: 100, effectiveCoveredPct: 100 });
    // No critical seat: no figure, not 0 %.
    expect(people).toMatchObject({ criticalPositions: 0, coveredPct: null, effectiveCoveredPct: null });
  });

  it("charts both percentages with the seat count in the numbers", () => {
    const spec = benchChart(groups, seats);
    expect(spec.labels).toEqual(["Engineering", "Sales", "People"]);
    expect(spec.unit).toBe("percent");
    expect(spec.series.map((s) => s.values)).toEqual([
      [66.7, 100, null],
      [33.3, 100, null],
      [3, 1, 0],
    ]);
  });
});
