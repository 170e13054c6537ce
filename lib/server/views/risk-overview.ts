import "server-only";
import { heatmapGrid, type HeatmapGrid } from "@/lib/charts/heatmap-grid";
import { HIGH_RISK_THRESHOLD, type IsoDate, type OrgBenchStrength } from "@/lib/domain";
import { findHeatmap } from "./aggregates";
import type { Viewer } from "@/lib/server/access/viewer";
import { scopedBench, visibleSeats } from "./scoped-views";

export interface RiskOverview {
  asOf: IsoDate;
  grid: HeatmapGrid;
  // Incumbents of the seats in view whose retirement date is on or before
  // `until` (as-of + horizon), past dates included: the wave arriving.
  retiringSoon: { count: number; seats: number; until: IsoDate; horizonMonths: number };
  highRisk: number; // seats in view at risk ≥ 60
  bench: OrgBenchStrength;
}

// Divisions and departments: deeper units stay on the gap report, so the
// grid has tens of rows, not thousands, whatever the organization's size.
export const HEATMAP_DEPTH = 2;

export async function findRiskOverview(viewer: Viewer, options: { maxDepth?: number } = {}): Promise<RiskOverview> {
  const { scope, asOf } = viewer;
  const [rows, state] = await Promise.all([findHeatmap(viewer), viewer.state()]);
  const seats = visibleSeats(viewer, state);
  return {
    asOf,
    grid: heatmapGrid({
      rows,
      levels: state.snapshot.levels,
      asOf,
      maxDepth: options.maxDepth ?? HEATMAP_DEPTH,
      wholeLabel: scope.kind === "subtree" ? "Your reporting line" : "Whole organization",
    }),
    retiringSoon: {
      count: seats.filter((s) => s.detail.incumbentRetiringSoon).length,
      seats: seats.length,
      until: state.snapshot.windows.soonUntil,
      horizonMonths: state.snapshot.settings.retirementHorizonMonths,
    },
    highRisk: seats.filter((s) => s.row.risk >= HIGH_RISK_THRESHOLD).length,
    bench: scopedBench(viewer, state),
  };
}
