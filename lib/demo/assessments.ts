import { ASSESSMENT_COLUMNS, type CsvRow } from "./columns";
import { addMonths, civilOf, dayOf, formatDay, type Day } from "./dates";
import type { DemoPerson, Level } from "./model";
import type { PlantPlan, Profile } from "./plants";
import type { Rng } from "./random";
import { FLIGHT_NOTES, GENERAL_NOTES, LEADER_NOTES, MANAGER_NOT_LEADER_NOTES, STUCK_NOTES } from "./texts";

// Two talent-review cycles. Scores come from a latent management and
// leadership capability per person, so the picture of SPEC §1 emerges:
// first- and second-line managers score well on managing and noticeably
// lower on leading; directors and executives are closer to even.

export interface Cycle {
  name: string;
  day: Day;
}

/** The latest cycle closes on the 15th of the month before as-of; the previous one eleven months earlier. */
export function cyclesFor(asOf: Day): { earlier: Cycle; latest: Cycle } {
  const { year, month } = civilOf(asOf);
  const latestDay = addMonths(dayOf(year, month, 15), -1);
  const earlierDay = addMonths(latestDay, -11);
  return { earlier: { name: cycleName(earlierDay), day: earlierDay }, latest: { name: cycleName(latestDay), day: latestDay } };
}

function cycleName(day: Day): string {
  const { year, month } = civilOf(day);
  return `${year} ${month <= 6 ? "H1" : "H2"}`;
}

/** Each person's latest scores (0-100 as in SPEC §3), NaN when never assessed. */
export interface LatestScores {
  management: Float64Array;
  leadership: Float64Array;
  potential: Int8Array;
}

export type AssessmentRow = CsvRow<typeof ASSESSMENT_COLUMNS>;

// Mean latent capability on the 1-5 item scale, by level.
const MANAGEMENT_MEAN: Record<Level, number> = { 1: 2.6, 2: 3.7, 3: 3.9, 4: 3.8, 5: 3.7 };
const LEADERSHIP_MEAN: Record<Level, number> = { 1: 2.4, 2: 2.7, 3: 2.9, 4: 3.5, 5: 3.9 };
const LEADERSHIP_TIME: Record<Level, readonly [number, number]> = { 1: [0, 10], 2: [10, 30], 3: [20, 45], 4: [40, 80], 5: [50, 90] };

const FLIGHT_RISK = [["low", 75], ["medium", 18], ["high", 7]] as const;
const LATEST_SHARE = 0.82;
const EARLIER_SHARE = 0.62;

interface Scores {
  performance: number;
  potential: number;
  management: [number, number, number, number];
  leadership: [number, number, number, number];
  timePct: number;
  flightRisk: "low" | "medium" | "high";
  notes: string;
}

export function generateAssessments(people: readonly DemoPerson[], asOf: Day, plan: PlantPlan, rng: Rng) {
  const { earlier, latest } = cyclesFor(asOf);
  // Earlier cycle first, so the file reads (and imports) in time order.
  const rowsByCycle: [AssessmentRow[], AssessmentRow[]] = [[], []];
  const scores: LatestScores = {
    management: new Float64Array(people.length).fill(Number.NaN),
    leadership: new Float64Array(people.length).fill(Number.NaN),
    potential: new Int8Array(people.length),
  };
  for (const person of people) {
    if (person.manager === null) continue; // the CEO is assessed by the board, not in Baton
    const assessor = people[person.manager];
    if (!assessor) continue;
    const management = MANAGEMENT_MEAN[person.level] + 0.5 * rng.normal();
    const leadership = LEADERSHIP_MEAN[person.level] + 0.55 * rng.normal();
    const performance = rng.normal();
    const profile = plan.profiles.get(person.index);
    const inEarlier = person.hire <= earlier.day - 60 && rng.chance(EARLIER_SHARE);
    const inLatest = person.hire <= latest.day - 60 && (plan.mustAssess.has(person.index) || rng.chance(LATEST_SHARE));
    for (const [slot, cycle, taken, growth] of [[0, earlier, inEarlier, -0.15], [1, latest, inLatest, 0]] as const) {
      if (!taken) continue;
      const age = civilOf(cycle.day).year - person.birthYear;
      const s = drawScores(person, age, management + growth, leadership + growth, performance, profile, rng);
      rowsByCycle[slot].push({
        employee_id: person.employeeId,
        cycle: cycle.name,
        cycle_date: formatDay(cycle.day),
        performance: String(s.performance),
        potential: String(s.potential),
        mgmt_planning: String(s.management[0]),
        mgmt_organizing: String(s.management[1]),
        mgmt_controlling: String(s.management[2]),
        mgmt_problem_solving: String(s.management[3]),
        lead_direction: String(s.leadership[0]),
        lead_alignment: String(s.leadership[1]),
        lead_inspiration: String(s.leadership[2]),
        lead_change: String(s.leadership[3]),
        leadership_time_pct: String(s.timePct),
        flight_risk: s.flightRisk,
        assessor_employee_id: assessor.employeeId,
        notes: s.notes,
      });
      scores.management[person.index] = scaled(s.management);
      scores.leadership[person.index] = scaled(s.leadership);
      scores.potential[person.index] = s.potential;
    }
  }
  return { cycles: { earlier, latest }, rows: [...rowsByCycle[0], ...rowsByCycle[1]], scores };
}

/** SPEC §3: the mean of the four items scaled to 0-100. */
export function scaled(items: readonly number[]): number {
  return ((items.reduce((a, b) => a + b, 0) / items.length - 1) * 25);
}

function item(latent: number, rng: Rng): number {
  return Math.min(5, Math.max(1, Math.round(latent + 0.5 * rng.normal())));
}

function items(latent: number, rng: Rng): [number, number, number, number] {
  return [item(latent, rng), item(latent, rng), item(latent, rng), item(latent, rng)];
}

/** Four items each drawn from a fixed set, so a rigged score lands where the plant needs it. */
function fixed(values: readonly number[], rng: Rng): [number, number, number, number] {
  return [rng.pick(values), rng.pick(values), rng.pick(values), rng.pick(values)];
}

function roundTo5(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value / 5) * 5));
}

function drawScores(
  person: DemoPerson,
  age: number,
  management: number,
  leadership: number,
  performanceLatent: number,
  profile: Profile | undefined,
  rng: Rng,
): Scores {
  const z = performanceLatent + 0.5 * rng.normal();
  // Potential is about runway as well as capability: reviewers rate it lower close to retirement.
  const potentialLatent = leadership + (age < 35 ? 0.3 : age > 57 ? -0.5 : 0) + 0.5 * rng.normal();
  const [low, high] = LEADERSHIP_TIME[person.level];
  const s: Scores = {
    performance: z < -1 ? 1 : z > 0.7 ? 3 : 2,
    potential: potentialLatent > 3.4 ? 3 : potentialLatent > 2.4 ? 2 : 1,
    management: items(management, rng),
    leadership: items(leadership, rng),
    timePct: roundTo5(rng.int(low, high)),
    flightRisk: rng.weighted(FLIGHT_RISK),
    notes: "",
  };
  const noteChance = rng.next();
  if (noteChance < 0.15) {
    const gap = scaled(s.management) - scaled(s.leadership);
    s.notes = rng.pick(gap >= 25 && person.level >= 2 ? MANAGER_NOT_LEADER_NOTES : gap <= -10 ? LEADER_NOTES : GENERAL_NOTES);
  }
  switch (profile) {
    case "stuck-time":
      s.management = fixed([4, 5], rng);
      s.timePct = roundTo5(rng.int(15, 35));
      if (rng.chance(0.6)) s.notes = rng.pick(STUCK_NOTES);
      break;
    case "stuck-gap":
      s.management = fixed([4, 5], rng);
      s.leadership = fixed([2, 3], rng);
      s.timePct = roundTo5(rng.int(45, 60));
      if (rng.chance(0.6)) s.notes = rng.pick(STUCK_NOTES);
      break;
    case "mismatch-lead":
      s.management = fixed([4, 5], rng);
      s.leadership = fixed([2, 3], rng);
      s.performance = 3;
      s.potential = 2;
      if (rng.chance(0.5)) s.notes = rng.pick(MANAGER_NOT_LEADER_NOTES);
      break;
    case "mismatch-mgmt":
      s.management = fixed([2, 3], rng);
      s.performance = 3;
      s.potential = rng.chance(0.5) ? 2 : 3;
      break;
    case "rising-leader":
      s.management = fixed([3, 4], rng);
      s.leadership = fixed([4, 5], rng);
      s.performance = 3;
      s.potential = 3;
      if (rng.chance(0.5)) s.notes = rng.pick(LEADER_NOTES);
      break;
    case "flight-risk":
      s.flightRisk = "high";
      if (rng.chance(0.5)) s.notes = rng.pick(FLIGHT_NOTES);
      break;
    default:
      break;
  }
  return s;
}
