import { describe, expect, it } from "vitest";
import { manageLeadMatrix, nineBoxGrid, type ReviewPlacement } from "./grid";

const place = (employeeId: string, performance: number, potential: number, mgmtScore: number | null, leadScore: number | null): ReviewPlacement => ({
  assessmentId: Number(employeeId.slice(1)),
  employeeId,
  name: `Person ${employeeId}`,
  performance,
  potential,
  calibrated: false,
  scores: { mgmtScore, leadScore },
});

describe("nineBoxGrid", () => {
  const grid = nineBoxGrid([place("E2", 3, 3, 80, 80), place("E1", 3, 3, 70, 40), place("E3", 1, 1, 10, 10)]);

  it("puts high potential on top and high performance on the right", () => {
    expect(grid[0]![2]).toMatchObject({ performance: 3, potential: 3, name: "Star", count: 2 });
    expect(grid[2]![0]).toMatchObject({ performance: 1, potential: 1, name: "Talent risk", count: 1 });
  });

  it("lists the names in each box in order and keeps empty boxes", () => {
    expect(grid[0]![2]!.people.map((p) => p.employeeId)).toEqual(["E1", "E2"]);
    expect(grid.flat()).toHaveLength(9);
    expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});

describe("manageLeadMatrix", () => {
  it("splits at the readiness bar and leaves unscored people out", () => {
    const matrix = manageLeadMatrix(
      [place("E1", 2, 2, 60, 59.99), place("E2", 2, 2, 60, 60), place("E3", 2, 2, null, null), place("E4", 2, 2, 10, 90)],
      60,
    );
    const count = Object.fromEntries(matrix.map((c) => [c.quadrant, c.count]));
    expect(count).toEqual({ "manager-not-yet-leader": 1, "manages-and-leads": 1, "leads-more-than-manages": 1, developing: 0 });
    expect(matrix.find((c) => c.quadrant === "manager-not-yet-leader")!.label).toBe("Strong manager, not yet a leader");
    expect(matrix.find((c) => c.quadrant === "developing")!.label).toBe("Developing on both");
  });
});
