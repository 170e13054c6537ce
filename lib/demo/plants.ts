import { makeLongInRole, makeRetiring } from "./careers";
import type { Day } from "./dates";
import { isWatched, type DemoPerson, type OrgUnit, type Seat } from "./model";
import type { CsvStatus, Readiness } from "./nominations-types";
import type { OrgIndex } from "./org-index";
import type { Rng } from "./random";

// The demo must show every gap flag of SPEC §3 on the first screen, so the
// problems are written in on purpose rather than left to chance. Each
// planted seat gets a hand-made slate and is "locked": the random slates
// and the after-import lifecycle changes never touch it, so the flag it was
// built to raise survives. Each rigged person tells one story only.

/** How a person's latest assessment is rigged. */
export type Profile = "stuck-time" | "stuck-gap" | "mismatch-lead" | "mismatch-mgmt" | "rising-leader" | "flight-risk";

export interface PlannedNomination {
  seat: number;
  candidate: number;
  /** "auto" lets the candidate's scores decide, as for the random slates. */
  readiness: Readiness | "auto";
  status: CsvStatus;
}

export interface PlantPlan {
  lockedSeats: Set<number>;
  nominations: PlannedNomination[];
  mustAssess: Set<number>;
  profiles: Map<number, Profile>;
}

export interface PlantContext {
  people: DemoPerson[];
  units: readonly OrgUnit[];
  /** Person seats first (seat i is held by person i), then vacancies. */
  seats: Seat[];
  index: OrgIndex;
  asOf: Day;
  latestCycle: Day;
  rng: Rng;
  /** Directors behind the demo manager accounts: their own seats keep ordinary slates. */
  managerDirector: number | null;
  otherDirector: number | null;
}

// Flags per planted kind: about one in five directors stuck, and so on. The
// minimums make sure a 400-person demo shows several of each.
const SHARE = { stuck: 0.2, retirement: 0.15, noSuccessor: 0.1, singlePoint: 0.08 };

export function plantProblems(ctx: PlantContext): PlantPlan {
  const { seats, rng, asOf, index } = ctx;
  const plan: PlantPlan = { lockedSeats: new Set(), nominations: [], mustAssess: new Set(), profiles: new Map() };
  const touched = new Set<number>();
  const reserved = new Set<number>([ctx.managerDirector, ctx.otherDirector].filter((i): i is number => i !== null));
  const person = (i: number) => index.person(i);
  // Must be assessable in the latest cycle: hired at least 60 days before it, with a manager to assess them.
  const assessable = (i: number) => person(i).hire <= ctx.latestCycle - 60 && person(i).manager !== null;

  const seatAt = (i: number): Seat => {
    const seat = seats[i];
    if (!seat) throw new Error(`no seat at index ${i}`);
    return seat;
  };
  const nominate = (seat: number, candidate: number, readiness: Readiness | "auto", status: CsvStatus) =>
    plan.nominations.push({ seat, candidate, readiness, status });
  const draw = (seat: number, also: ReadonlySet<number> = new Set(), mustBeAssessable = true) =>
    index.drawCandidate(seatAt(seat), rng, (c) => touched.has(c) || also.has(c) || (mustBeAssessable && !assessable(c)));
  const rig = (candidate: number, profile: Profile) => {
    plan.profiles.set(candidate, profile);
    plan.mustAssess.add(candidate);
    touched.add(candidate);
  };
  // Occupied seats that may be planted: never the CEO's, nor the demo managers' own.
  const plantable: number[] = [];
  seats.forEach((seat, i) => {
    if (seat.incumbent !== null && person(seat.incumbent).kind !== "ceo" && !reserved.has(seat.incumbent)) plantable.push(i);
  });
  /** Plantable seats still open and matching the filter, in random order. */
  const pool = (filter: (seat: Seat) => boolean): number[] =>
    rng.shuffle(plantable.filter((i) => !plan.lockedSeats.has(i) && filter(seatAt(i))));
  const occupied = seats.filter((s) => s.incumbent !== null && person(s.incumbent).kind !== "ceo");
  const quota = (share: number, base: number, minimum = 3) => Math.max(minimum, Math.round(share * base));

  // The demo manager's department: a critical deputy retiring within a year with nobody approved,
  // and a team lead seat with a star individual contributor marked ready now who cannot yet manage.
  if (ctx.managerDirector !== null) {
    const director = person(ctx.managerDirector);
    const department = ctx.units[director.unit]?.department ?? -1;
    const deputies = director.reports.filter((i) => person(i).level === 3);
    const leads = department >= 0 ? index.inDepartment(department, 2) : [];
    const fragileList = deputies.length > 0 ? deputies : leads;
    if (fragileList.length > 0) {
      const fragile = rng.pick(fragileList);
      const seat = seatAt(fragile);
      seat.critical = person(fragile).critical = true;
      seat.impact = person(fragile).impact = "high";
      makeRetiring(person(fragile), asOf + rng.int(90, 330), "planned", asOf, rng);
      touched.add(fragile);
      plan.lockedSeats.add(fragile);
      const declined = draw(fragile, new Set(), false);
      if (declined !== null) nominate(fragile, declined, "auto", "declined");
    }
    const teamSeat = leads.find((i) => !plan.lockedSeats.has(i));
    if (teamSeat !== undefined) {
      const star = draw(teamSeat);
      if (star !== null) {
        rig(star, "mismatch-mgmt");
        nominate(teamSeat, star, "ready_now", "approved");
        plan.lockedSeats.add(teamSeat);
      }
    }
  }

  // stuck-incumbent: directors who keep managing. Half spend little time leading, half lead poorly.
  const directorCount = occupied.filter((s) => s.level === 4).length;
  const stuck = pool((s) => s.level === 4 && s.incumbent !== null && !touched.has(s.incumbent)).slice(0, quota(SHARE.stuck, directorCount));
  stuck.forEach((seat, j) => {
    const incumbent = seatAt(seat).incumbent;
    if (incumbent === null) return;
    makeLongInRole(person(incumbent), asOf, rng);
    rig(incumbent, j % 2 === 0 ? "stuck-time" : "stuck-gap");
  });

  // retirement-uncovered: leaders retiring within the horizon, the first already past their date,
  // with successors who are all one to several years away.
  const leaderCount = occupied.filter((s) => s.level >= 4).length;
  const retiring = pool((s) => s.level >= 4 && s.incumbent !== null && !touched.has(s.incumbent)).slice(0, quota(SHARE.retirement, leaderCount));
  retiring.forEach((seat, j) => {
    const incumbent = seatAt(seat).incumbent;
    if (incumbent === null) return;
    const day = j === 0 ? asOf - rng.int(20, 150) : asOf + rng.int(30, 650);
    makeRetiring(person(incumbent), day, j % 2 === 0 ? "planned" : "eligibility", asOf, rng);
    touched.add(incumbent);
    plan.lockedSeats.add(seat);
    const taken = new Set<number>();
    const successors = rng.int(1, 2);
    for (let k = 0; k < successors; k++) {
      const candidate = draw(seat, taken, false);
      if (candidate === null) break;
      taken.add(candidate);
      nominate(seat, candidate, k === 0 ? "1_2_years" : "3_plus_years", "approved");
    }
  });

  // no-successor: watched seats whose slate is empty, only proposed, or declined and proposed.
  const watchedCount = occupied.filter(isWatched).length;
  pool(isWatched)
    .slice(0, quota(SHARE.noSuccessor, watchedCount))
    .forEach((seat, j) => {
      plan.lockedSeats.add(seat);
      const taken = new Set<number>();
      const statuses: CsvStatus[] = j % 3 === 0 ? [] : j % 3 === 1 ? ["proposed"] : ["declined", "proposed"];
      for (const status of statuses) {
        const candidate = draw(seat, taken, false);
        if (candidate === null) break;
        taken.add(candidate);
        nominate(seat, candidate, "auto", status);
      }
    });
  // The first vacancy is a critical leadership seat with nobody named at all.
  const firstVacancy = seats.findIndex((s) => s.incumbent === null);
  if (firstVacancy >= 0 && isWatched(seatAt(firstVacancy))) plan.lockedSeats.add(firstVacancy);

  // single-point: one approved successor, who is retiring soon or may leave.
  pool(isWatched)
    .slice(0, quota(SHARE.singlePoint, watchedCount))
    .forEach((seat, j) => {
      const candidate = draw(seat);
      if (candidate === null) return;
      if (j % 2 === 0) {
        makeRetiring(person(candidate), asOf + rng.int(60, 600), j % 4 === 0 ? "eligibility" : "planned", asOf, rng);
        touched.add(candidate);
      } else {
        rig(candidate, "flight-risk");
      }
      nominate(seat, candidate, "auto", "approved");
      const other = rng.chance(0.5) ? draw(seat, new Set([candidate]), false) : null;
      if (other !== null) nominate(seat, other, "auto", "declined");
      plan.lockedSeats.add(seat);
    });

  // single-point, the other way: one rising leader is the only approved successor of two director seats.
  for (const division of rng.shuffle(ctx.units.filter((u) => u.kind === "division").map((u) => u.division))) {
    const pair = pool((s) => s.level === 4 && ctx.units[s.unit]?.division === division).slice(0, 2);
    const candidates = index.inDivision(division, 3).filter((c) => !touched.has(c) && assessable(c));
    const [first, second] = pair;
    if (first === undefined || second === undefined || candidates.length === 0) continue;
    const candidate = rng.pick(candidates);
    rig(candidate, "rising-leader");
    nominate(first, candidate, "ready_now", "approved");
    nominate(second, candidate, "1_2_years", "approved");
    plan.lockedSeats.add(first).add(second);
    break;
  }

  // readiness-mismatch: "ready now" on the strength of the wrong skill. Director seats get great
  // managers with weak leadership scores; first- and second-line seats get star individual
  // contributors (or managers) with weak management scores.
  const mismatchCount = Math.max(4, Math.round(ctx.people.length / 100));
  const lists = [pool((s) => s.level === 4), pool((s) => s.level === 2 || s.level === 3)];
  const next = [0, 0];
  let planted = 0;
  for (let attempt = 0; planted < mismatchCount && attempt < mismatchCount * 3; attempt++) {
    const kind = attempt % 2;
    const position = next[kind] ?? 0;
    next[kind] = position + 1;
    const seat = lists[kind]?.[position];
    if (seat === undefined || plan.lockedSeats.has(seat)) continue;
    const candidate = draw(seat);
    if (candidate === null) continue;
    rig(candidate, seatAt(seat).level >= 4 ? "mismatch-lead" : "mismatch-mgmt");
    nominate(seat, candidate, "ready_now", planted % 3 === 2 ? "proposed" : "approved");
    const other = rng.chance(0.5) ? draw(seat, new Set([candidate])) : null;
    if (other !== null) nominate(seat, other, "auto", "approved");
    plan.lockedSeats.add(seat);
    planted++;
  }
  return plan;
}
