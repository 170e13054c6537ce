import type { PeopleRow } from "@/lib/csv/rows";
import type { ErrorList } from "./errors";
import { missingOrgUnits, orgUnitCounts, orgUnitPreview, type NewOrgUnit } from "./org-units";
import { describeCycle, walkReportingLines } from "./reporting-lines";
import { diffSeats, type SeatChanges } from "./seats";
import type { Ladder, StoredPerson, StoredSeat } from "./stored";
import type { Counts, ImportSummary, PreviewLine } from "@/lib/csv/results";
import type { Located } from "./types";

export interface PeopleState {
  ladder: Ladder;
  orgUnitIds: Set<string>;
  people: Map<string, StoredPerson>;
  seats: Map<string, StoredSeat>;
}

export interface PeoplePlan {
  orgUnits: NewOrgUnit[];
  // Only the people that differ from what is stored, managers before reports.
  people: StoredPerson[];
  seats: SeatChanges;
  summary: ImportSummary;
  preview: PreviewLine[];
}

// undefined: the column is not in the file, keep what is stored.
// null: the cell is empty, clear the value.
function keep<T>(value: T | null | undefined, stored: T | null | undefined): T | null {
  return value === undefined ? (stored ?? null) : value;
}

function targetPerson(row: PeopleRow, levelCode: string, before: StoredPerson | undefined): StoredPerson {
  return {
    employeeId: row.employee_id,
    name: row.name,
    email: row.email,
    title: row.title,
    orgUnitId: row.org_unit_path,
    managerId: keep(row.manager_employee_id, before?.managerId),
    levelCode,
    hireDate: keep(row.hire_date, before?.hireDate),
    roleStartDate: keep(row.role_start_date, before?.roleStartDate),
    plannedRetirementDate: keep(row.planned_retirement_date, before?.plannedRetirementDate),
    retirementEligibilityDate: keep(row.retirement_eligibility_date, before?.retirementEligibilityDate),
    birthYear: keep(row.birth_year, before?.birthYear),
    location: keep(row.location, before?.location),
    // Leavers are marked in Baton, not in the file.
    active: before?.active ?? true,
  };
}

function samePerson(a: StoredPerson, b: StoredPerson): boolean {
  return (Object.keys(a) as (keyof StoredPerson)[]).every((field) => a[field] === b[field]);
}

// The seat a row's person holds: the file's position_id; else the seat they
// hold now, so a file without the column never moves anyone; else P-<id>.
function seatIdFor(row: PeopleRow, heldBy: Map<string, string>): string {
  return row.position_id ?? heldBy.get(row.employee_id) ?? `P-${row.employee_id}`;
}

export function planPeople(rows: Located<PeopleRow>[], state: PeopleState, errors: ErrorList): PeoplePlan | null {
  const before = errors.count;
  const rowOf = new Map<string, number>();
  const targets = new Map<string, { row: number; person: StoredPerson }>();
  for (const { row, data } of rows) {
    const firstRow = rowOf.get(data.employee_id);
    if (firstRow !== undefined) {
      errors.add(row, "employee_id", `employee id "${data.employee_id}" is already on row ${firstRow}; each person appears once`);
      continue;
    }
    rowOf.set(data.employee_id, row);
    const levelCode = state.ladder.resolve(data.level);
    if (levelCode === null) errors.add(row, "level", state.ladder.unknown(data.level));
    targets.set(data.employee_id, {
      row,
      person: targetPerson(data, levelCode ?? data.level, state.people.get(data.employee_id)),
    });
  }

  // Managers: in the file or in Baton, never oneself, never a cycle.
  const managerOf = (id: string): string | null => {
    const target = targets.get(id);
    const managerId = target ? target.person.managerId : (state.people.get(id)?.managerId ?? null);
    if (managerId === null || managerId === id) return null;
    return targets.has(managerId) || state.people.has(managerId) ? managerId : null;
  };
  for (const [id, { row, person }] of targets) {
    const managerId = person.managerId;
    if (managerId === null) continue;
    if (managerId === id) errors.add(row, "manager_employee_id", `${id} cannot be their own manager`);
    else if (!targets.has(managerId) && !state.people.has(managerId)) {
      errors.add(row, "manager_employee_id", `unknown manager "${managerId}" (not in this file or in Baton)`);
    }
  }
  const walk = walkReportingLines(targets.keys(), managerOf);
  for (const cycle of walk.cycles) {
    const rowInCycle = (id: string) => targets.get(id)?.row;
    const firstRow = cycle.reduce((min, id) => Math.min(min, rowInCycle(id) ?? min), Number.POSITIVE_INFINITY);
    errors.add(firstRow, "manager_employee_id", describeCycle(cycle, rowInCycle));
  }

  const seats = planSeats(rows, targets, state, errors);
  if (errors.count > before || seats === null) return null;

  const orgUnitPaths = new Set([...targets.values()].map((t) => t.person.orgUnitId));
  const orgUnits = missingOrgUnits(orgUnitPaths, state.orgUnitIds);
  const people: StoredPerson[] = [];
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const preview: PreviewLine[] = orgUnitPreview(orgUnits);
  for (const { person } of targets.values()) {
    const stored = state.people.get(person.employeeId);
    if (stored && samePerson(stored, person)) {
      counts.unchanged++;
      continue;
    }
    counts[stored ? "updated" : "created"]++;
    people.push(person);
    preview.push({ entity: "people", key: person.employeeId, action: stored ? "update" : "create" });
  }
  people.sort((a, b) => (walk.depth.get(a.employeeId) ?? 0) - (walk.depth.get(b.employeeId) ?? 0));
  return {
    orgUnits,
    people,
    seats,
    summary: { people: counts, positions: seats.counts, orgUnits: orgUnitCounts(orgUnitPaths, orgUnits) },
    // Not push(...): spreading 100,000 arguments overflows the stack.
    preview: preview.concat(seats.preview),
  };
}

// Each person in the file holds exactly one seat, described by their row.
// A seat they held before and nobody in the file takes becomes vacant.
function planSeats(
  rows: Located<PeopleRow>[],
  targets: Map<string, { row: number; person: StoredPerson }>,
  state: PeopleState,
  errors: ErrorList,
): SeatChanges | null {
  const heldBy = new Map<string, string>();
  for (const seat of state.seats.values()) if (seat.incumbentId) heldBy.set(seat.incumbentId, seat.positionId);
  const wanted = new Map<string, StoredSeat>();
  const claimedOn = new Map<string, { row: number; employeeId: string }>();
  let refused = false;
  for (const { row, data } of rows) {
    const target = targets.get(data.employee_id);
    if (!target || target.row !== row) continue;
    const positionId = seatIdFor(data, heldBy);
    const claim = claimedOn.get(positionId);
    if (claim) {
      errors.add(row, "position_id", `position "${positionId}" is already held by ${claim.employeeId} on row ${claim.row}; a position has one incumbent`);
      refused = true;
      continue;
    }
    claimedOn.set(positionId, { row, employeeId: data.employee_id });
    const stored = state.seats.get(positionId);
    const person = target.person;
    // A seat's title, unit and level follow its holder's when those change
    // (a promotion, a transfer); otherwise the seat keeps its own, so an
    // override made through positions.csv survives re-importing people.csv.
    const was = state.people.get(data.employee_id);
    const follow = <K extends "title" | "orgUnitId" | "levelCode">(field: K): string =>
      stored && was && was[field] === person[field] ? stored[field] : person[field];
    wanted.set(positionId, {
      positionId,
      title: follow("title"),
      orgUnitId: follow("orgUnitId"),
      levelCode: follow("levelCode"),
      incumbentId: data.employee_id,
      critical: data.critical ?? stored?.critical ?? false,
      criticalReason: stored?.criticalReason ?? null,
      impactOfLoss: data.impact_of_loss ?? stored?.impactOfLoss ?? "medium",
    });
  }
  if (refused) return null;
  for (const employeeId of targets.keys()) {
    const oldSeat = heldBy.get(employeeId);
    const stored = oldSeat === undefined ? undefined : state.seats.get(oldSeat);
    if (stored && !wanted.has(stored.positionId)) wanted.set(stored.positionId, { ...stored, incumbentId: null });
  }
  return diffSeats(wanted, state.seats);
}
