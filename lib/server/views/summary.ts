import "server-only";
import { pipelineFunnel } from "@/lib/charts/funnel";
import type { ChartSpec } from "@/lib/charts/spec";
import type { IsoDate, Settings } from "@/lib/domain";
import type { Scope } from "@/lib/server/access/scope";
import { findPipeline } from "./aggregates";
import type { Db } from "@/lib/server/infra/db";
import { projectGapRow, type VisibleGapRow } from "./positions";
import { findRiskOverview, type RiskOverview } from "./risk-overview";
import { visibleSeats } from "./scoped-views";
import { getOrgState } from "@/lib/server/state/org-state";

export type ExposedPosition = VisibleGapRow & { incumbentName: string | null };

export interface ExecutiveSummary {
  asOf: IsoDate;
  settings: Settings;
  top: ExposedPosition[];
  overview: RiskOverview;
  funnel: ChartSpec;
}

export const TOP_EXPOSED = 10;

// The one-page brief: the most exposed seats, the division-level heatmap, the
// funnel and the rules they were computed with. Rows go through the same
// per-role projection as the gap report, so an executive's copy carries no
// personal retirement dates.
export async function findExecutiveSummary(options: { db: Db; scope: Scope; asOf: IsoDate }): Promise<ExecutiveSummary> {
  const { db, scope, asOf } = options;
  const [state, overview, pipeline] = await Promise.all([
    getOrgState({ db, asOf }),
    findRiskOverview({ db, scope, asOf, maxDepth: 1 }),
    findPipeline({ db, scope, asOf }),
  ]);
  const top = visibleSeats(state, scope)
    .map((s) => s.row)
    .sort((a, b) => b.risk - a.risk || (a.positionId < b.positionId ? -1 : 1))
    .slice(0, TOP_EXPOSED)
    .map((row): ExposedPosition => ({
      ...projectGapRow(row, scope),
      incumbentName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? row.incumbentEmployeeId) : null,
    }));
  return { asOf, settings: state.snapshot.settings, top, overview, funnel: pipelineFunnel(pipeline) };
}
