import { orgBenchStrength, type OrgBenchStrength } from "@/lib/domain";
import { groupIndex, type ChartGroup } from "./divisions";
import { PALETTE, type ChartSpec } from "./spec";

export interface BenchSeat {
  orgUnitPath: string;
  critical: boolean;
  readyNowIds: readonly string[]; // approved ready-now successors
}

// Organization bench strength (SPEC §3, docs/risk.md) computed per group with
// the engine's own rule, so the effective figure is a maximum matching inside
// each division: a person named ready-now in two divisions may count in both,
// because each division's bench is read on its own.
export function benchByGroup(groups: readonly ChartGroup[], seats: readonly BenchSeat[]): OrgBenchStrength[] {
  const find = groupIndex(groups);
  const perGroup: (readonly string[])[][] = groups.map(() => []);
  for (const seat of seats) {
    if (!seat.critical) continue;
    const g = find(seat.orgUnitPath);
    if (g !== null) perGroup[g]?.push(seat.readyNowIds);
  }
  return perGroup.map((readyNow) => orgBenchStrength(readyNow));
}

export function benchChart(groups: readonly ChartGroup[], seats: readonly BenchSeat[]): ChartSpec {
  const bench = benchByGroup(groups, seats);
  return {
    kind: "bar",
    categoryLabel: "Division",
    valueLabel: "Critical seats covered",
    unit: "percent",
    labels: groups.map((g) => g.name),
    series: [
      { label: "Bench strength", values: bench.map((b) => b.coveredPct), color: PALETTE.blue, unit: "percent" },
      { label: "Effective", values: bench.map((b) => b.effectiveCoveredPct), color: PALETTE.orange, unit: "percent" },
      { label: "Critical seats", values: bench.map((b) => b.criticalPositions), color: PALETTE.grey, unit: "count", tableOnly: true },
    ],
  };
}
