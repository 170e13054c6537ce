import { VP_REMITS, icRoleOptions, type DivisionSpec } from "./catalog";
import { assignCareer } from "./careers";
import type { Day } from "./dates";
import type { DemoPerson, OrgUnit } from "./model";
import { CULTURES, NAME_BOOKS, emailPart } from "./names";
import { ALL_CITIES } from "./places";
import type { Rng } from "./random";
import type { Skeleton } from "./structure";

// Fills in who each person in the skeleton is: name, email, place, dates
// and a title that fits their level, division and seniority.

export const EMAIL_DOMAIN = "baton-demo.example";

const YEAR = 365;

export interface PersonStreams {
  names: Rng;
  careers: Rng;
  titles: Rng;
}

export function assignPersonalData(skeleton: Skeleton, asOf: Day, streams: PersonStreams): void {
  const emailsTaken = new Map<string, number>();
  const vpsSeen = new Map<number, number>();
  for (const person of skeleton.people) {
    const unit = skeleton.units[person.unit];
    if (!unit) throw new Error(`person ${person.employeeId} has no unit`);
    nameAndPlace(person, unit, emailsTaken, streams.names);
    assignCareer(person, asOf, streams.careers);
    const spec = unit.division >= 0 ? skeleton.divisions[unit.division] : undefined;
    let vpNumber = 0;
    if (person.kind === "vp") {
      vpNumber = vpsSeen.get(unit.division) ?? 0;
      vpsSeen.set(unit.division, vpNumber + 1);
    }
    person.title = titleOf(person, unit, skeleton.units, spec, vpNumber, asOf, streams.titles);
  }
}

function nameAndPlace(person: DemoPerson, unit: OrgUnit, emailsTaken: Map<string, number>, rng: Rng): void {
  // Most people work where their team sits; some are remote elsewhere.
  const city = rng.chance(0.88) ? unit.city : rng.pick(ALL_CITIES);
  person.location = city.name;
  const roll = rng.next();
  const culture = roll < 0.7 ? (city.cultures[0] ?? "english") : roll < 0.9 ? rng.pick(city.cultures) : rng.pick(CULTURES);
  const book = NAME_BOOKS[culture];
  const given = rng.pick(book.given);
  const family = rng.pick(book.family);
  person.name = `${given} ${family}`;
  const base = `${emailPart(given)}.${emailPart(family)}`;
  const seen = emailsTaken.get(base) ?? 0;
  emailsTaken.set(base, seen + 1);
  person.email = seen === 0 ? `${base}@${EMAIL_DOMAIN}` : `${base}.${seen + 1}@${EMAIL_DOMAIN}`;
}

function titleOf(
  person: DemoPerson,
  unit: OrgUnit,
  units: readonly OrgUnit[],
  spec: DivisionSpec | undefined,
  vpNumber: number,
  asOf: Day,
  rng: Rng,
): string {
  if (person.kind === "ceo") return "Chief Executive Officer";
  if (person.kind === "assistant") return "Executive Assistant to the CEO";
  if (!spec) return "Executive Advisor";
  const department = unit.department >= 0 ? units[unit.department] : undefined;
  const departmentName = department?.name ?? spec.name;
  switch (person.kind) {
    case "head":
      return spec.headTitle;
    case "vp":
      return `${spec.vpTitle}, ${VP_REMITS[vpNumber % VP_REMITS.length] ?? "Global"}`;
    case "director":
      return `${rng.chance(0.15) ? "Senior Director" : "Director"} of ${departmentName}`;
    case "group": {
      const title = rng.pick(spec.secondLineTitles);
      return rng.chance(0.5) ? `${title}, ${departmentName}` : title;
    }
    case "team": {
      const title = rng.pick(spec.firstLineTitles);
      return rng.chance(0.4) ? `${title}, ${unit.name}` : title;
    }
    case "staff":
      return rng.pick(spec.staffTitles);
    default: {
      const roleIndex = rng.chance(0.65) ? unit.primaryRole : rng.weighted(icRoleOptions(spec));
      const role = spec.icRoles[roleIndex] ?? spec.icRoles[0];
      if (!role) return "Specialist";
      return role.ladder[seniority((asOf - person.hire) / YEAR, rng)];
    }
  }
}

const MID_CAREER = [[0, 45], [1, 50], [2, 5]] as const;
const LONG_SERVING = [[0, 20], [1, 55], [2, 25]] as const;

/** 0 entry, 1 experienced, 2 most senior: mostly by years with the company. */
function seniority(years: number, rng: Rng): 0 | 1 | 2 {
  if (years < 2) return rng.chance(0.85) ? 0 : 1;
  return rng.weighted(years < 8 ? MID_CAREER : LONG_SERVING);
}
