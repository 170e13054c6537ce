import type { City } from "./places";
import type { Day } from "./dates";

// The generator's working model. It is richer than the CSV rows (indexes
// instead of ids, day numbers instead of strings) so that every step is a
// constant-time lookup; rows.ts turns it into CSV-shaped records at the end.

export type Level = 1 | 2 | 3 | 4 | 5;
export type Impact = "low" | "medium" | "high";
export type UnitKind = "office" | "division" | "department" | "team";

/** The part a person plays in the tree; titles and planted problems key off it. */
export type PersonKind = "ceo" | "assistant" | "head" | "vp" | "director" | "group" | "team" | "staff" | "ic";

export interface OrgUnit {
  index: number;
  path: string;
  name: string;
  kind: UnitKind;
  /** Index into the chosen divisions; -1 for the executive office. */
  division: number;
  /** Unit index of the enclosing department, or -1 above department level. */
  department: number;
  city: City;
  /** Index into the division's IC roles that most of a team's members hold. */
  primaryRole: number;
}

export interface DemoPerson {
  index: number;
  employeeId: string;
  level: Level;
  kind: PersonKind;
  manager: number | null;
  unit: number;
  reports: number[];
  name: string;
  email: string;
  title: string;
  location: string;
  /** Always set so dates stay consistent; birthYearKnown says whether HR holds it. */
  birthYear: number;
  birthYearKnown: boolean;
  hire: Day;
  roleStart: Day;
  plannedRetirement: Day | null;
  eligibility: Day | null;
  positionId: string;
  positionIdExplicit: boolean;
  critical: boolean;
  impact: Impact;
}

export interface Seat {
  positionId: string;
  title: string;
  level: Level;
  unit: number;
  incumbent: number | null;
  /** Who the seat reports to; nominations for it come from this person. */
  reportsTo: number | null;
  critical: boolean;
  impact: Impact;
}

export function isWatched(seat: Seat): boolean {
  return seat.critical || seat.level >= 4;
}
