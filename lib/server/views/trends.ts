import "server-only";
import { benchChart } from "@/lib/charts/bench";
import { pipelineFunnel } from "@/lib/charts/funnel";
import { retirementWave } from "@/lib/charts/retirement-wave";
import type { ChartSpec } from "@/lib/charts/spec";
import { stuckChart } from "@/lib/charts/stuck";
import { benchTrend, type TrendPoint } from "@/lib/charts/trend";
import { computeSnapshot, orgBenchStrength, type GapRow, type IsoDate, type OrgBenchStrength } from "@/lib/domain";
import { positionVisible } from "@/lib/server/access/permissions";
import { findPipeline } from "./aggregates";
import type { Viewer } from "@/lib/server/access/viewer";
import { chartGroups, countablePeople, visibleSeats } from "./scoped-views";
import { getOrgState, type OrgState } from "@/lib/server/state/org-state";

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

// Bench strength at the date of every talent-review cycle up to the as-of
// date, and at the as-of date itself: the engine's snapshot as of each date.
// A past date reads the plan as it stood then, from history (docs/history.md);
// today and later project today's slates forward.
export async function findBenchTrend(viewer: Viewer): Promise<TrendPoint[]> {
  const { scope, asOf, db, today } = viewer;
  const state = await viewer.state();
  const dates = new Map<IsoDate, string>();
  for (const cycle of [...state.input.cycles].sort((a, b) => (a.cycleDate < b.cycleDate ? -1 : 1))) {
    if (cycle.cycleDate <= asOf) dates.set(cycle.cycleDate, cycle.name);
  }
  if (!dates.has(asOf)) dates.set(asOf, "As of");
  return Promise.all([...dates].map(async ([date, label]) => {
    const past = date < today && date !== asOf;
    const slates = criticalSlatesAt(past ? await getOrgState({ db, asOf: date, today }) : state, date);
    const bench =
      scope.kind === "organization"
        ? slates.organization
        : orgBenchStrength(slates.seats.filter((s) => positionVisible(viewer, s.row)).map((s) => s.readyNow));
    return { label, date, bench };
  }));
}

interface CriticalSlates {
  organization: OrgBenchStrength;
  seats: { row: GapRow; readyNow: readonly string[] }[];
}

const slatesByState = new WeakMap<OrgState, Map<IsoDate, CriticalSlates>>();

// The snapshot as of another date is computed from the input already loaded
// for this one (the same rows the viewer's state read), and only its
// critical slates are kept: a cycle date costs one engine pass per data
// version, and neither a second database read nor a second full snapshot in memory.
function criticalSlatesAt(state: OrgState, date: IsoDate): CriticalSlates {
  let byDate = slatesByState.get(state);
  if (!byDate) slatesByState.set(state, (byDate = new Map()));
  let slates = byDate.get(date);
  if (!slates) {
    const snapshot = date === state.snapshot.asOf ? state.snapshot : computeSnapshot({ ...state.input, asOf: date });
    const seats: CriticalSlates["seats"] = [];
    snapshot.positions.forEach((row, i) => {
      if (row.critical) seats.push({ row, readyNow: snapshot.positionDetails[i]?.successorIds.readyNow ?? [] });
    });
    slates = { organization: snapshot.benchStrength, seats };
    byDate.set(date, slates);
  }
  return slates;
}
