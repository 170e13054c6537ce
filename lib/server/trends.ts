import "server-only";
import { benchChart } from "@/lib/charts/bench";
import { pipelineFunnel } from "@/lib/charts/funnel";
import { retirementWave } from "@/lib/charts/retirement-wave";
import type { ChartSpec } from "@/lib/charts/spec";
import { stuckChart } from "@/lib/charts/stuck";
import { benchTrend, type TrendPoint } from "@/lib/charts/trend";
import type { IsoDate } from "@/lib/domain";
import type { Scope } from "./access";
import { findPipeline } from "./aggregates";
import type { Db } from "./db";
import { chartGroups, countablePeople, scopedBench, visibleSeats } from "./scoped-views";
import { getOrgState } from "./snapshot";
import type { AppUser } from "./users";

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

export async function findRiskCharts(options: { db: Db; scope: Scope; user: AppUser; asOf: IsoDate }): Promise<RiskCharts> {
  const { db, scope, user, asOf } = options;
  const [state, pipeline] = await Promise.all([getOrgState({ db, asOf }), findPipeline({ db, scope, asOf })]);
  const seats = visibleSeats(state, scope);
  const groups = chartGroups(state, scope);
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
      countablePeople(state, scope, user).map((p) => ({ orgUnitId: p.orgUnitId, levelKind: p.levelKind, stuck: p.stuck.stuck })),
    ),
    trend: benchTrend(await findBenchTrend({ db, scope, asOf })),
  };
}

// Bench strength at the date of every talent-review cycle up to the as-of
// date, and at the as-of date itself. Each point is the snapshot as of that
// date (getOrgState, cached per date). Slates carry no validity dates, so a
// point reflects today's approved slates and who has left; see docs/executive.md.
export async function findBenchTrend(options: { db: Db; scope: Scope; asOf: IsoDate }): Promise<TrendPoint[]> {
  const { db, scope, asOf } = options;
  const { input } = await getOrgState({ db, asOf });
  const dates = new Map<IsoDate, string>();
  for (const cycle of [...input.cycles].sort((a, b) => (a.cycleDate < b.cycleDate ? -1 : 1))) {
    if (cycle.cycleDate <= asOf) dates.set(cycle.cycleDate, cycle.name);
  }
  if (!dates.has(asOf)) dates.set(asOf, "As of");
  return Promise.all(
    [...dates].map(async ([date, label]) => ({ label, date, bench: scopedBench(await getOrgState({ db, asOf: date }), scope) })),
  );
}
