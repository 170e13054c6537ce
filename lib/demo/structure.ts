import { DIVISIONS, DISAMBIGUATORS, EXECUTIVE_OFFICE, HEADQUARTERS, icRoleOptions, type DivisionSpec } from "./catalog";
import type { DemoPerson, Level, OrgUnit, PersonKind, UnitKind } from "./model";
import type { Rng } from "./random";

// Builds the reporting tree top-down, in pre-order, so every manager is
// created (and numbered) before the people who report to them: the file
// can be imported in one pass and can never contain a cycle.

export interface Skeleton {
  people: DemoPerson[];
  units: OrgUnit[];
  divisions: readonly DivisionSpec[];
}

export const MIN_PEOPLE = 20;

const TEAM_SIZE = 8.5; // a first-line manager and 7-8 reports: the middle of the 5-12 span
const GROUP_SIZE = 30; // a manager of managers with 3-4 teams

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Splits total into parts of jittered size, none below min (when total allows). */
export function splitSizes(total: number, parts: number, rng: Rng, min: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.7 + 0.6 * rng.next());
  return apportion(total, weights, min);
}

export function apportion(total: number, weights: readonly number[], min: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const sizes = exact.map(Math.floor);
  let left = total - sizes.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    sizes[i] = (sizes[i] ?? 0) + 1;
    left--;
  }
  // Lift any part below the minimum by taking from the largest one.
  for (let i = 0; i < sizes.length; i++) {
    while ((sizes[i] ?? 0) < min) {
      let largest = 0;
      for (let j = 1; j < sizes.length; j++) if ((sizes[j] ?? 0) > (sizes[largest] ?? 0)) largest = j;
      if (largest === i || (sizes[largest] ?? 0) <= min) break;
      sizes[largest] = (sizes[largest] ?? 0) - 1;
      sizes[i] = (sizes[i] ?? 0) + 1;
    }
  }
  return sizes;
}

/** Hands out names from a pool, then the pool again with qualifiers, so siblings never share a name. */
class NameDealer {
  private readonly order: string[];
  private served = 0;

  constructor(pool: readonly string[], rng: Rng) {
    this.order = rng.shuffle([...pool]);
  }

  next(): string {
    const round = Math.floor(this.served / this.order.length);
    const base = this.order[this.served % this.order.length] ?? "Unit";
    this.served++;
    if (round === 0) return base;
    const qualifier = DISAMBIGUATORS[round - 1];
    return qualifier === undefined ? `${base} ${round + 1 - DISAMBIGUATORS.length}` : `${base} ${qualifier}`;
  }
}

export function buildStructure(total: number, rng: Rng): Skeleton {
  if (!Number.isInteger(total) || total < MIN_PEOPLE) {
    throw new RangeError(`a demo organization needs a whole number of at least ${MIN_PEOPLE} people, got ${total}`);
  }
  const people: DemoPerson[] = [];
  const units: OrgUnit[] = [];
  const divisionCount = clamp(Math.round(2 + Math.log2(total / 25)), 2, DIVISIONS.length);
  const divisions = DIVISIONS.slice(0, divisionCount);
  // Small companies have small departments; large ones add vice-presidents instead of widening spans without end.
  const departmentSize = clamp(Math.round(total / (divisionCount * 2.6)), 18, 320);

  function addUnit(name: string, kind: UnitKind, parent: OrgUnit | null, division: number, spec: DivisionSpec | null): OrgUnit {
    const index = units.length;
    const unit: OrgUnit = {
      index,
      path: parent ? `${parent.path}/${name}` : name,
      name,
      kind,
      division,
      department: kind === "department" ? index : (parent?.department ?? -1),
      city: HEADQUARTERS,
      primaryRole: 0,
    };
    if (spec) {
      unit.city = kind === "team" && parent && rng.chance(0.75) ? parent.city : rng.pick(spec.cities);
      unit.primaryRole = rng.weighted(icRoleOptions(spec));
    }
    units.push(unit);
    return unit;
  }

  function addPerson(level: Level, kind: PersonKind, manager: number | null, unit: OrgUnit): number {
    const index = people.length;
    people.push({
      index,
      employeeId: `E${String(index + 1).padStart(6, "0")}`,
      level,
      kind,
      manager,
      unit: unit.index,
      reports: [],
      name: "",
      email: "",
      title: "",
      location: "",
      birthYear: 0,
      birthYearKnown: false,
      hire: 0,
      roleStart: 0,
      plannedRetirement: null,
      eligibility: null,
      positionId: "",
      positionIdExplicit: false,
      critical: false,
      impact: "medium",
    });
    if (manager !== null) people[manager]?.reports.push(index);
    return index;
  }

  function addStaff(count: number, boss: number, unit: OrgUnit) {
    for (let i = 0; i < count; i++) addPerson(1, "staff", boss, unit);
  }

  function buildTeam(size: number, boss: number, department: OrgUnit, dealer: NameDealer, spec: DivisionSpec) {
    const team = addUnit(dealer.next(), "team", department, department.division, spec);
    const lead = addPerson(2, "team", boss, team);
    for (let i = 1; i < size; i++) addPerson(1, "ic", lead, team);
  }

  function buildTeams(size: number, boss: number, department: OrgUnit, dealer: NameDealer, spec: DivisionSpec) {
    if (size < 3) return addStaff(size, boss, department);
    const count = clamp(Math.round(size / TEAM_SIZE), 1, Math.max(1, Math.floor(size / 4)));
    for (const teamSize of splitSizes(size, count, rng, 3)) buildTeam(teamSize, boss, department, dealer, spec);
  }

  function buildDepartment(size: number, boss: number, division: OrgUnit, dealer: NameDealer, spec: DivisionSpec) {
    const department = addUnit(dealer.next(), "department", division, division.division, spec);
    const teams = new NameDealer(spec.teams, rng);
    const director = addPerson(4, "director", boss, department);
    let rest = size - 1;
    if (rest <= 3) return addStaff(rest, director, department);
    const staff = rest >= 15 ? rng.int(0, 2) : 0;
    addStaff(staff, director, department);
    rest -= staff;
    if (rest < 20) return buildTeams(rest, director, department, teams, spec);
    const groups = Math.max(1, Math.round(rest / GROUP_SIZE));
    if (groups <= 2) {
      // A director of a small department still runs one team directly.
      const direct = Math.min(rest - 10, rng.int(6, 10));
      buildTeam(direct, director, department, teams, spec);
      rest -= direct;
    }
    for (const groupSize of splitSizes(rest, groups, rng, 8)) {
      const manager = addPerson(3, "group", director, department);
      buildTeams(groupSize - 1, manager, department, teams, spec);
    }
  }

  function departmentsFor(size: number): number {
    return clamp(Math.round(size / departmentSize), size >= 12 ? 2 : 1, Math.max(1, Math.floor(size / 5)));
  }

  function buildDivision(index: number, spec: DivisionSpec, size: number, ceo: number) {
    const division = addUnit(spec.name, "division", null, index, spec);
    const head = addPerson(5, "head", ceo, division);
    const rest = size - 1;
    if (rest <= 4) return addStaff(rest, head, division);
    const departments = new NameDealer(spec.departments, rng);
    const count = departmentsFor(rest);
    if (count <= 8) {
      for (const s of splitSizes(rest, count, rng, 5)) buildDepartment(s, head, division, departments, spec);
      return;
    }
    const vps = Math.ceil(count / 7);
    for (const vpSize of splitSizes(rest, vps, rng, 6)) {
      const vp = addPerson(5, "vp", head, division);
      const under = vpSize - 1;
      const own = clamp(Math.round(under / departmentSize), 1, Math.max(1, Math.floor(under / 5)));
      for (const s of splitSizes(under, own, rng, 5)) buildDepartment(s, vp, division, departments, spec);
    }
  }

  const office = addUnit(EXECUTIVE_OFFICE, "office", null, -1, null);
  const ceo = addPerson(5, "ceo", null, office);
  let rest = total - 1;
  if (total >= 150) {
    addPerson(1, "assistant", ceo, office);
    rest--;
  }
  const sizes = apportion(
    rest,
    divisions.map((d) => d.weight * (0.85 + 0.3 * rng.next())),
    4,
  );
  divisions.forEach((spec, i) => buildDivision(i, spec, sizes[i] ?? 0, ceo));
  return { people, units, divisions };
}
