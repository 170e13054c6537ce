import { describe, expect, it } from "vitest";
import type { PipelineRow } from "@/lib/domain";
import { pipelineFunnel } from "./funnel";

const row = (over: Partial<PipelineRow>): PipelineRow => ({
  orgUnitId: null,
  orgUnitName: null,
  depth: 0,
  transition: "ic-to-management",
  fromLevels: ["L1"],
  toLevel: "L2",
  openings: 0,
  ready: 0,
  gap: 0,
  ...over,
});

describe("pipelineFunnel", () => {
  it("plots openings against ready for the whole scope only, with the gap in the numbers", () => {
    const spec = pipelineFunnel([
      row({ openings: 5, ready: 12, gap: 0 }),
      row({ transition: "management-to-leadership", fromLevels: ["L2", "L3"], toLevel: "L4", openings: 6, ready: 2, gap: 4 }),
      row({ transition: "leadership-to-executive", fromLevels: ["L4"], toLevel: "L5", openings: 3, ready: 0, gap: 3 }),
      row({ orgUnitId: "Sales", orgUnitName: "Sales", depth: 1, openings: 99, ready: 99 }),
    ]);
    expect(spec.labels).toEqual(["IC → manager (L1 → L2)", "Manager → leader (L2–L3 → L4)", "Leader → executive (L4 → L5)"]);
    expect(spec.series.map((s) => [s.label, s.values, s.tableOnly ?? false])).toEqual([
      ["Openings", [5, 6, 3], false],
      ["Ready", [12, 2, 0], false],
      ["Gap", [0, 4, 3], true],
    ]);
  });
});
