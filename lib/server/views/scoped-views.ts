import "server-only";
import { divisionsOf, orgBenchStrength, type GapRow, type OrgBenchStrength, type PersonDerived, type PositionDetail } from "@/lib/domain";
import type { ChartGroup } from "@/lib/charts/divisions";
import { countsPerson, hiddenSelf, positionVisible, type Access } from "@/lib/server/access/permissions";
import type { OrgState } from "@/lib/server/state/org-state";

// The pieces of one snapshot a viewer may aggregate over, shared by the risk
// heatmap, its charts, the summary and the org chart.

export interface VisibleSeat {
  row: GapRow;
  detail: PositionDetail;
}

export function visibleSeats(access: Access, state: OrgState): VisibleSeat[] {
  const { positions, positionDetails } = state.snapshot;
  const seats: VisibleSeat[] = [];
  positions.forEach((row, i) => {
    const detail = positionDetails[i];
    if (detail && positionVisible(access, row)) seats.push({ row, detail });
  });
  return seats;
}

// Active people whose assessments the viewer may count: everyone for the
// organization, a manager's reports (not the manager) for a subtree. A
// non-HR viewer is left out even of counts aggregated by division (see
// hiddenSelf): a division of three directors would give them away.
export function countablePeople(access: Access, state: OrgState): PersonDerived[] {
  const self = hiddenSelf(access);
  const people: PersonDerived[] = [];
  for (const person of state.snapshot.people.values()) {
    if (!person.active || person.employeeId === self) continue;
    if (!countsPerson(access, person.employeeId)) continue;
    people.push(person);
  }
  return people;
}

// "By division": the organization's divisions (below a company root, if
// there is one), or a manager's own unit.
export function chartGroups(access: Access, state: OrgState): ChartGroup[] {
  const { scope } = access;
  const units = state.input.orgUnits;
  if (scope.kind === "subtree") {
    const own = units.find((u) => u.id === scope.orgUnitId);
    return own ? [{ id: own.id, name: own.name }] : [];
  }
  return divisionsOf(units)
    .map((u) => ({ id: u.id, name: u.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// Organization bench strength over what the viewer sees: the engine's own
// figure for the organization, the same rule over the visible critical seats otherwise.
export function scopedBench(access: Access, state: OrgState): OrgBenchStrength {
  if (access.scope.kind === "organization") return state.snapshot.benchStrength;
  return orgBenchStrength(visibleSeats(access, state).filter((s) => s.row.critical).map((s) => s.detail.successorIds.readyNow));
}
