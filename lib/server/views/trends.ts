import "server-only";
import { benchChart } from "@/lib/charts/bench";
import { pipelineFunnel } from "@/lib/charts/funnel";
import { retirementWave } from "@/lib/charts/retirement-wave";
import type { ChartSpec } from "@/lib/charts/spec";
import { stuckChart } from "@/lib/charts/stuck";
import { benchTrend, type TrendPoint } from "@/lib/charts/trend";
import { format, parseISO } from "date-fns";
import { computeSnapshot, monthEndsBefore, orgBenchStrength, zeroFlagCounts, type IsoDate } from "@/lib/domain";
import { trendFigures, type TrendFigures } from "@/lib/domain/trend-figures";
import { positionVisible, visibleFlags } from "@/lib/server/access/permissions";
import { findPipeline } from "./aggregates";
import type { Viewer } from "@/lib/server/access/viewer";
import { chartGroups, countablePeople, visibleSeats } from "./scoped-views";
import type { OrgState } from "@/lib/server/state/org-state";

// The risk page's charts, as plain chart specs. Everything is aggregated
// here, on the server: no retirement date, score or flight risk of a named
// person reaches the browser, whatever the viewer's role.
export interface RiskCharts {
  wave: ChartSpec;
  funnel: ChartSpec;
  bench: ChartSpec;
  stuck: ChartSpec;
  trend: ChartSpec;
}

export async function findRiskCharts(viewer: Viewer): Promise<RiskCharts> {
  const { asOf } = viewer;
  const [state, pipeline] = await Promise.all([viewer.state(), findPipeline(viewer)]);
  const seats = visibleSeats(viewer, state);
  const groups = chartGroups(viewer, state);
  return {
    wave: retirementWave({
      asOf,
      seats: seats.filter((s) => s.row.incumbentEmployeeId !== null).map((s) => ({ retirementDate: s.row.retirementDate, readyNow: s.row.successors.readyNow })),
    }),
    funnel: pipelineFunnel(pipeline),
    bench: benchChart(
      groups,
      seats.map((s) => ({ orgUnitPath: s.row.orgUnitPath, critical: s.row.critical, readyNowIds: s.detail.successorIds.readyNow })),
    ),
    stuck: stuckChart(
      groups,
      countablePeople(viewer, state).map((p) => ({ orgUnitId: p.orgUnitId, levelKind: p.levelKind, stuck: p.stuck.stuck })),
    ),
    trend: benchTrend(await findBenchTrend(viewer)),
  };
}

// The trend (SPEC §8): bench strength, effective bench strength and each
// flag's count at the end of each of the 24 months before the as-of date, at
// every talent-review cycle's date in that window, and at the as-of date
// itself. A past date reads the plan as it stood then, from history
// (docs/history.md); today and later project today's slates forward.
export const TREND_MONTHS = 24;

export async function findBenchTrend(viewer: Viewer): Promise<TrendPoint[]> {
  const { scope, asOf, today } = viewer;
  const state = await viewer.state();
  const dates = new Map<IsoDate, string>();
  const months = monthEndsBefore(asOf, TREND_MONTHS);
  for (const end of months) dates.set(end, format(parseISO(end), "MMM yyyy"));
  for (const cycle of state.input.cycles) {
    if (cycle.cycleDate <= asOf && cycle.cycleDate >= months[0]!) dates.set(cycle.cycleDate, cycle.name);
  }
  dates.set(asOf, "As of");
  const points: TrendPoint[] = [];
  // One date after another: a past date not yet cached is an engine pass
  // over the whole organization as it stood then.
  for (const [date, label] of [...dates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const past = date < today && date !== asOf;
    const figures = past ? await viewer.pastTrendFiguresAt(date) : figuresAt(state, date);
    const seen = figures.seats.filter((seat) => positionVisible(viewer, seat));
    const bench =
      scope.kind === "organization"
        ? figures.organization
        : orgBenchStrength(seen.flatMap((seat) => (seat.readyNow === null ? [] : [seat.readyNow])));
    // The flags each report shows this reader (never their own seat's stuck flag).
    const flags = zeroFlagCounts();
    for (const seat of seen) for (const flag of visibleFlags(viewer, seat)) flags[flag] += 1;
    points.push({ label, date, bench, flags });
  }
  return points;
}

const figuresByState = new WeakMap<OrgState, Map<IsoDate, TrendFigures>>();

// The as-of date's figures come from the viewer's state; a later date on the
// way to a look-ahead as-of date (a review cycle's) projects the same input
// forward, an engine pass kept once per data version.
function figuresAt(state: OrgState, date: IsoDate): TrendFigures {
  let byDate = figuresByState.get(state);
  if (!byDate) figuresByState.set(state, (byDate = new Map()));
  let figures = byDate.get(date);
  if (!figures) {
    figures = trendFigures(date === state.snapshot.asOf ? state.snapshot : computeSnapshot({ ...state.input, asOf: date }));
    byDate.set(date, figures);
  }
  return figures;
}
