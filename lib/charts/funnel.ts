import type { PipelineRow, TransitionId } from "@/lib/domain";
import { PALETTE, type ChartSpec } from "./spec";

export const TRANSITION_LABELS: Record<TransitionId, string> = {
  "ic-to-management": "IC → manager",
  "management-to-leadership": "Manager → leader",
  "leadership-to-executive": "Leader → executive",
};

// The pipeline funnel from the whole-scope rows (orgUnitId null): openings
// at each step against the people ready to fill them. Gaps widening towards
// the top are the "managers abundant, leaders missing" picture of SPEC §1.
export function pipelineFunnel(rows: readonly PipelineRow[]): ChartSpec {
  const top = rows.filter((r) => r.orgUnitId === null);
  return {
    kind: "bar",
    horizontal: true,
    categoryLabel: "Transition",
    valueLabel: "People and seats",
    unit: "count",
    labels: top.map((r) => `${TRANSITION_LABELS[r.transition]} (${r.fromLevels.join("–")} → ${r.toLevel})`),
    series: [
      { label: "Openings", values: top.map((r) => r.openings), color: PALETTE.vermillion, unit: "count" },
      { label: "Ready", values: top.map((r) => r.ready), color: PALETTE.blue, unit: "count" },
      { label: "Gap", values: top.map((r) => r.gap), color: PALETTE.grey, unit: "count", tableOnly: true },
    ],
  };
}
