import { dayOf, yearOf, type Day } from "./dates";
import type { DemoPerson, Level } from "./model";
import type { Rng } from "./random";

// Ages, hire dates and retirement dates. The shape to reproduce is the
// retirement wave of SPEC §1: directors and executives are disproportionately
// late in their careers, with retirement dates bunched in the next five
// years and a few already past, while the rest of the company is younger.

const YEAR = 365;

/** Share of each level that is near the end of their career. */
const WAVE_SHARE: Record<Level, number> = { 1: 0.03, 2: 0.07, 3: 0.25, 4: 0.5, 5: 0.55 };

/** Age range (years at as-of) of everyone else. */
const AGE_RANGE: Record<Level, readonly [number, number]> = {
  1: [22, 60],
  2: [27, 61],
  3: [31, 61],
  4: [35, 58],
  5: [38, 58],
};

/** Mean years with the company, by level. */
const MEAN_TENURE: Record<Level, number> = { 1: 4, 2: 7, 3: 9, 4: 10, 5: 11 };

export function assignCareer(person: DemoPerson, asOf: Day, rng: Rng): void {
  const asOfYear = yearOf(asOf);
  person.plannedRetirement = null;
  person.eligibility = null;
  if (rng.chance(WAVE_SHARE[person.level])) {
    // Up to ~7 months overdue and up to five years ahead; eligibility ages 60-65 follow common pension rules.
    const retirement = asOf + rng.int(-200, 5 * YEAR);
    person.birthYear = yearOf(retirement) - rng.int(60, 65);
    if (rng.chance(0.9)) person.eligibility = retirement;
    if (rng.chance(0.06)) person.plannedRetirement = asOf - rng.int(10, 150);
    else if (rng.chance(0.35)) person.plannedRetirement = retirement + rng.int(0, 540);
  } else {
    const [low, high] = AGE_RANGE[person.level];
    // Individual contributors skew young; the exponent bends the uniform draw towards the low end.
    const age = low + Math.floor((high - low + 1) * Math.pow(rng.next(), person.level === 1 ? 1.5 : 1));
    person.birthYear = asOfYear - age;
    if (age >= 50 && rng.chance(0.8)) {
      person.eligibility = dayOf(person.birthYear + rng.int(60, 65), rng.int(1, 12), rng.int(1, 28));
    }
    if (age >= 56 && rng.chance(0.15)) person.plannedRetirement = asOf + rng.int(400, 6 * YEAR);
  }
  person.birthYearKnown = rng.chance(0.92);

  const earliestHire = Math.max(dayOf(person.birthYear + 21, 6, 1), dayOf(asOfYear - 38, 1, 1));
  const longest = Math.max(0, asOf - earliestHire);
  const drawn = Math.round(-Math.log(1 - rng.next() * 0.999) * MEAN_TENURE[person.level] * YEAR);
  const tenure = Math.min(longest, Math.max(Math.min(30, longest), drawn));
  person.hire = asOf - tenure;
  if (person.level === 1 && rng.chance(0.55)) {
    person.roleStart = person.hire;
  } else {
    const longestInRole = Math.min(tenure, 8 * YEAR);
    person.roleStart = asOf - rng.int(Math.min(60, longestInRole), longestInRole);
  }
}

/** Keeps hire and role start after the 21st birthday and in order, after a planted change moved them. */
export function settleCareer(person: DemoPerson, asOf: Day): void {
  person.hire = Math.min(asOf, Math.max(person.hire, dayOf(person.birthYear + 21, 6, 1)));
  person.roleStart = Math.min(asOf, Math.max(person.roleStart, person.hire));
}

/**
 * Makes someone retire on a given day, keeping birth year and eligibility
 * consistent with it. "planned" declares the date; "eligibility" leaves it
 * to the pension rule, so the product shows a different source.
 */
export function makeRetiring(person: DemoPerson, day: Day, source: "planned" | "eligibility", asOf: Day, rng: Rng): void {
  const age = rng.int(61, 65);
  person.birthYear = yearOf(day) - age;
  if (source === "planned") {
    person.plannedRetirement = day;
    person.eligibility = rng.chance(0.5) ? day - rng.int(0, YEAR) : null;
  } else {
    person.plannedRetirement = null;
    person.eligibility = day;
  }
  settleCareer(person, asOf);
}

/** Someone who has held their role long enough (SPEC §3: six months) for "stuck in management" to apply. */
export function makeLongInRole(person: DemoPerson, asOf: Day, rng: Rng): void {
  if (person.roleStart <= asOf - 240) return;
  if (person.hire > asOf - 300) person.hire = asOf - rng.int(300, 2500);
  settleCareer(person, asOf);
  person.roleStart = rng.int(Math.max(person.hire, asOf - 6 * YEAR), asOf - 240);
}
