import type { DemoPerson, Impact, Level, OrgUnit, Seat } from "./model";
import type { Rng } from "./random";
import type { Skeleton } from "./structure";

// Positions: one seat per person (SPEC §6, people.csv) plus a few vacant
// seats (positions.csv). Criticality and impact follow seniority, as an HR
// team marking seats would: every executive seat is critical, most director
// seats, and only the odd key specialist below.

const CRITICAL_SHARE: Record<Level, number> = { 1: 0.005, 2: 0.04, 3: 0.15, 4: 0.7, 5: 1 };

const THIRD_LINE = [["high", 3], ["medium", 6], ["low", 1]] as const;
const FIRST_LINE = [["high", 1], ["medium", 12], ["low", 7]] as const;
const INDIVIDUAL = [["high", 1], ["medium", 9], ["low", 40]] as const;

function impactFor(level: Level, critical: boolean, rng: Rng): Impact {
  if (level === 5) return "high";
  if (level === 4) return critical && rng.chance(0.8) ? "high" : rng.chance(0.6) ? "medium" : "high";
  if (critical) return rng.chance(0.6) ? "high" : "medium";
  if (level === 3) return rng.weighted(THIRD_LINE);
  if (level === 2) return rng.weighted(FIRST_LINE);
  return rng.weighted(INDIVIDUAL);
}

export function assignPersonSeats(skeleton: Skeleton, rng: Rng): Seat[] {
  const customCounters = new Map<string, number>();
  return skeleton.people.map((person) => {
    const unit = skeleton.units[person.unit];
    const code = unit && unit.division >= 0 ? (skeleton.divisions[unit.division]?.code ?? "ORG") : "EXO";
    person.critical = rng.chance(CRITICAL_SHARE[person.level]);
    person.impact = impactFor(person.level, person.critical, rng);
    // Most rows leave position_id empty to use the P-<employee_id> default; a few spell it out or use an HRIS-style code.
    person.positionId = `P-${person.employeeId}`;
    person.positionIdExplicit = false;
    if (person.kind === "ceo") {
      person.positionId = "P-CEO";
      person.positionIdExplicit = true;
    } else if (rng.chance(0.08)) {
      person.positionIdExplicit = true;
      if (rng.chance(0.5)) {
        const next = (customCounters.get(code) ?? 0) + 1;
        customCounters.set(code, next);
        person.positionId = `P-${code}-${String(next).padStart(4, "0")}`;
      }
    }
    return seatOf(person);
  });
}

export function seatOf(person: DemoPerson): Seat {
  return {
    positionId: person.positionId,
    title: person.title,
    level: person.level,
    unit: person.unit,
    incumbent: person.index,
    reportsTo: person.manager,
    critical: person.critical,
    impact: person.impact,
  };
}

const UNIT_HEADS: ReadonlySet<string> = new Set(["ceo", "head", "director", "team"]);

/** The person who heads each unit (division head, director, team lead), or -1. */
export function unitHeads(skeleton: Skeleton): Int32Array {
  const heads = new Int32Array(skeleton.units.length).fill(-1);
  for (const person of skeleton.people) {
    if (UNIT_HEADS.has(person.kind)) heads[person.unit] = person.index;
  }
  return heads;
}

// Which level each vacancy is, in order: the first ones are the leadership seats the dashboard must show.
const VACANCY_LEVELS: readonly Level[] = [4, 5, 3, 2, 1, 3, 2, 1, 4, 2, 1, 2];

export function buildVacancies(skeleton: Skeleton, heads: Int32Array, rng: Rng): Seat[] {
  const total = Math.max(4, Math.round(skeleton.people.length / 80));
  const byDivision = skeleton.divisions.map(() => ({
    division: null as OrgUnit | null,
    departments: [] as OrgUnit[],
    teams: [] as OrgUnit[],
  }));
  for (const unit of skeleton.units) {
    const bucket = byDivision[unit.division];
    if (!bucket) continue;
    if (unit.kind === "division") bucket.division = unit;
    if (unit.kind === "department") bucket.departments.push(unit);
    if (unit.kind === "team") bucket.teams.push(unit);
  }
  const seats: Seat[] = [];
  for (let i = 0; i < total; i++) {
    const level = VACANCY_LEVELS[i % VACANCY_LEVELS.length] ?? 1;
    const divisionIndex = i % skeleton.divisions.length;
    const bucket = byDivision[divisionIndex];
    const spec = skeleton.divisions[divisionIndex];
    if (!bucket?.division || !spec) continue;
    const pool = level >= 4 ? [bucket.division] : level === 3 ? bucket.departments : bucket.teams;
    if (pool.length === 0) continue;
    const unit = rng.pick(pool);
    const department = unit.department >= 0 ? skeleton.units[unit.department] : undefined;
    let title: string;
    let reportsTo: number;
    switch (level) {
      case 5:
        title = `${spec.vpTitle}, Transformation`;
        reportsTo = heads[unit.index] ?? -1;
        break;
      case 4:
        title = `Director of ${spec.name} Strategy`;
        reportsTo = heads[unit.index] ?? -1;
        break;
      case 3:
        title = `${rng.pick(spec.secondLineTitles)}, ${unit.name}`;
        reportsTo = heads[unit.index] ?? -1;
        break;
      case 2:
        title = `${rng.pick(spec.firstLineTitles)}, ${unit.name}`;
        reportsTo = department ? (heads[department.index] ?? -1) : -1;
        break;
      default:
        title = spec.icRoles[unit.primaryRole]?.ladder[1] ?? "Specialist";
        reportsTo = heads[unit.index] ?? -1;
    }
    const critical = level >= 4 || (level === 3 && (i === 2 || rng.chance(0.5))) || (level === 2 && rng.chance(0.3)) || rng.chance(0.05);
    seats.push({
      positionId: `P-V${String(seats.length + 1).padStart(4, "0")}`,
      title,
      level,
      unit: unit.index,
      incumbent: null,
      reportsTo: reportsTo >= 0 ? reportsTo : null,
      critical,
      impact: impactFor(level, critical, rng),
    });
  }
  return seats;
}
