import { GAP_FLAGS, type GapFlag, type IsoDate, type OrgBenchStrength } from "@/lib/domain";
import { FLAG_LABELS } from "@/lib/labels";
import { PALETTE, type ChartSpec } from "./spec";

export interface TrendPoint {
  label: string; // the month, the cycle's name, or "As of" for the date on screen
  date: IsoDate;
  bench: OrgBenchStrength;
  // Seats carrying each flag on that day, among those the reader may see.
  flags: Record<GapFlag, number>;
}

// Bench strength at each month's end and each talent-review cycle's date,
// oldest first, so the line reads left to right in time. The seat counts
// and each flag's count go to the chart's table only: on one axis with the
// percentages they would flatten the line.
export function benchTrend(points: readonly TrendPoint[]): ChartSpec {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label < b.label ? -1 : 1));
  return {
    kind: "line",
    categoryLabel: "Month or review",
    valueLabel: "Critical seats covered",
    unit: "percent",
    labels: sorted.map((p) => p.label),
    series: [
      { label: "Bench strength", values: sorted.map((p) => p.bench.coveredPct), color: PALETTE.blue, unit: "percent" },
      { label: "Effective", values: sorted.map((p) => p.bench.effectiveCoveredPct), color: PALETTE.orange, unit: "percent", dashed: true },
      { label: "Critical seats", values: sorted.map((p) => p.bench.criticalPositions), color: PALETTE.grey, unit: "count", tableOnly: true },
      ...GAP_FLAGS.map((flag) => ({
        label: FLAG_LABELS[flag],
        values: sorted.map((p) => p.flags[flag]),
        color: PALETTE.grey,
        unit: "count" as const,
        tableOnly: true,
      })),
    ],
  };
}
