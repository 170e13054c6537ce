import type { RoleKind } from "@/lib/domain";
import { groupIndex, type ChartGroup } from "./divisions";
import { PALETTE, type ChartSpec } from "./spec";

export interface StuckPerson {
  orgUnitId: string;
  levelKind: RoleKind | null;
  stuck: boolean;
}

// Stuck in management (SPEC §1, §3) by division, beside how many people sit
// at leadership levels there: three stuck out of five directors is a
// different story from three out of fifty. Only active people belong here;
// the caller filters leavers and, for a manager, the manager themselves.
export function stuckChart(groups: readonly ChartGroup[], people: Iterable<StuckPerson>): ChartSpec {
  const find = groupIndex(groups);
  const stuck = groups.map(() => 0);
  const leaders = groups.map(() => 0);
  for (const person of people) {
    if (person.levelKind !== "leadership") continue;
    const g = find(person.orgUnitId);
    if (g === null) continue;
    leaders[g] = (leaders[g] ?? 0) + 1;
    if (person.stuck) stuck[g] = (stuck[g] ?? 0) + 1;
  }
  return {
    kind: "bar",
    categoryLabel: "Division",
    valueLabel: "People",
    unit: "count",
    labels: groups.map((g) => g.name),
    series: [
      { label: "Stuck in management", values: stuck, color: PALETTE.vermillion, unit: "count" },
      { label: "At leadership levels", values: leaders, color: PALETTE.grey, unit: "count", tableOnly: true },
    ],
  };
}
