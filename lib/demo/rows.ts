import { NOMINATION_COLUMNS, PEOPLE_COLUMNS, POSITIONS_COLUMNS, type CsvRow } from "./columns";
import { formatDay, type Day } from "./dates";
import type { DemoPerson, Level, OrgUnit, Seat } from "./model";
import type { NominationDraft } from "./nominations-types";
import type { Rng } from "./random";

// The working model written out as CSV-shaped records: every column
// present, empty string for "no value". Booleans and defaults are written
// the several ways SPEC §6 accepts, so a re-import exercises them.

function dayOrEmpty(day: Day | null): string {
  return day === null ? "" : formatDay(day);
}

function booleanText(value: boolean, level: Level, rng: Rng): string {
  if (!value && level === 1 && rng.chance(0.25)) return ""; // empty means the default, false
  if (rng.chance(0.04)) return value ? "yes" : "no";
  return value ? "true" : "false";
}

export function personRows(people: readonly DemoPerson[], units: readonly OrgUnit[], rng: Rng): CsvRow<typeof PEOPLE_COLUMNS>[] {
  return people.map((p) => ({
    employee_id: p.employeeId,
    name: p.name,
    email: p.email,
    title: p.title,
    org_unit_path: units[p.unit]?.path ?? "",
    manager_employee_id: p.manager === null ? "" : (people[p.manager]?.employeeId ?? ""),
    level: `L${p.level}`,
    hire_date: formatDay(p.hire),
    role_start_date: formatDay(p.roleStart),
    planned_retirement_date: dayOrEmpty(p.plannedRetirement),
    retirement_eligibility_date: dayOrEmpty(p.eligibility),
    birth_year: p.birthYearKnown ? String(p.birthYear) : "",
    location: p.location,
    position_id: p.positionIdExplicit ? p.positionId : "",
    critical: booleanText(p.critical, p.level, rng),
    // Empty means the default, medium.
    impact_of_loss: p.impact === "medium" && p.level <= 2 && rng.chance(0.3) ? "" : p.impact,
  }));
}

export function vacancyRows(vacancies: readonly Seat[], units: readonly OrgUnit[]): CsvRow<typeof POSITIONS_COLUMNS>[] {
  return vacancies.map((seat) => ({
    position_id: seat.positionId,
    title: seat.title,
    org_unit_path: units[seat.unit]?.path ?? "",
    level: `L${seat.level}`,
    incumbent_employee_id: "",
    critical: seat.critical ? "true" : "false",
    impact_of_loss: seat.impact,
  }));
}

export function nominationRows(
  drafts: readonly NominationDraft[],
  seats: readonly Seat[],
  people: readonly DemoPerson[],
): CsvRow<typeof NOMINATION_COLUMNS>[] {
  return drafts.map((d) => ({
    position_id: seats[d.seat]?.positionId ?? "",
    candidate_employee_id: people[d.candidate]?.employeeId ?? "",
    readiness: d.readiness,
    status: d.status,
    emergency: d.emergency ? "true" : "false",
    nominated_by_employee_id: people[d.nominatedBy]?.employeeId ?? "",
    rationale: d.rationale,
  }));
}
