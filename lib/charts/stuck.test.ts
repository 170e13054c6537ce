import { describe, expect, it } from "vitest";
import { stuckChart } from "./stuck";

describe("stuckChart", () => {
  it("counts stuck leaders per division beside the leaders there", () => {
    const spec = stuckChart(
      [
        { id: "Engineering", name: "Engineering" },
        { id: "Sales", name: "Sales" },
      ],
      [
        { orgUnitId: "Engineering/Platform", levelKind: "leadership", stuck: true },
        { orgUnitId: "Engineering", levelKind: "leadership", stuck: false },
        { orgUnitId: "Engineering", levelKind: "management", stuck: false },
        { orgUnitId: "Sales", levelKind: "leadership", stuck: true },
        { orgUnitId: "Sales", levelKind: "leadership", stuck: true },
        { orgUnitId: "Finance", levelKind: "leadership", stuck: true },
      ],
    );
    expect(spec.series[0]?.values).toEqual([1, 2]);
    expect(spec.series[1]?.values).toEqual([2, 2]);
    expect(spec.series[1]?.tableOnly).toBe(true);
  });
});
