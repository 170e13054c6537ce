import "server-only";
import { pipelineFunnel } from "@/lib/charts/funnel";
import type { ChartSpec } from "@/lib/charts/spec";
import { mostExposed, type IsoDate, type Settings } from "@/lib/domain";
import { findPipeline } from "./aggregates";
import type { Viewer } from "@/lib/server/access/viewer";
import { projectGapRow, type VisibleGapRow } from "./positions";
import { findRiskOverview, type RiskOverview } from "./risk-overview";
import { visibleSeats } from "./scoped-views";

export type ExposedPosition = VisibleGapRow & { incumbentName: string | null };

export interface ExecutiveSummary {
  asOf: IsoDate;
  settings: Settings;
  top: ExposedPosition[];
  overview: RiskOverview;
  funnel: ChartSpec;
}

export const TOP_EXPOSED = 10;

// The one-page brief: the most exposed seats (risk weighted by criticality and
// level, lib/domain/exposure.ts), the division-level heatmap, the
// funnel and the rules they were computed with. Rows go through the same
// per-role projection as the gap report, so an executive's copy carries no
// personal retirement dates.
export async function findExecutiveSummary(viewer: Viewer): Promise<ExecutiveSummary> {
  const { asOf } = viewer;
  const [state, overview, pipeline] = await Promise.all([viewer.state(), findRiskOverview(viewer, { maxDepth: 1 }), findPipeline(viewer)]);
  const seats = visibleSeats(viewer, state).map((s) => s.row);
  const top = mostExposed(seats, state.snapshot.levels, TOP_EXPOSED).map((row): ExposedPosition => ({
      ...projectGapRow(viewer, row),
      incumbentName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? row.incumbentEmployeeId) : null,
    }));
  return { asOf, settings: state.snapshot.settings, top, overview, funnel: pipelineFunnel(pipeline) };
}
