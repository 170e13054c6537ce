import type { LatestScores } from "./assessments";
import { isWatched, type Seat } from "./model";
import type { CsvStatus, LifecycleStatus, NominationDraft, Readiness } from "./nominations-types";
import type { OrgIndex } from "./org-index";
import type { PlantPlan } from "./plants";
import type { Rng } from "./random";
import { RATIONALES } from "./texts";

// Successor slates. Planted slates come first, as written; then ordinary
// slates fill the budget (about one nomination per five people), watched
// seats first, then second-line, then first-line seats. Readiness follows
// the candidate's relevant score, so an ordinary "ready now" is never a
// readiness mismatch: those are all planted.

export interface SlateContext {
  seats: readonly Seat[];
  index: OrgIndex;
  plan: PlantPlan;
  scores: LatestScores;
  rng: Rng;
  /** Total nominations to aim for, planted ones included. */
  budget: number;
  ceo: number;
}

export function generateNominations(ctx: SlateContext): NominationDraft[] {
  const { seats, rng, plan } = ctx;
  const drafts: NominationDraft[] = [];
  const emergencyNamed = new Set<number>();
  const add = (seatIndex: number, candidate: number, readiness: Readiness, status: CsvStatus) => {
    const seat = seats[seatIndex];
    if (!seat) return;
    // The first approved near-term successor is often the named interim.
    let emergency = false;
    if (status === "approved" && readiness !== "3_plus_years" && !emergencyNamed.has(seatIndex)) {
      emergencyNamed.add(seatIndex);
      emergency = rng.chance(0.4);
    }
    drafts.push({
      seat: seatIndex,
      candidate,
      nominatedBy: seat.reportsTo ?? ctx.ceo,
      readiness,
      status,
      emergency,
      rationale: rng.chance(0.1) ? "" : rng.pick(RATIONALES[readiness]),
    });
  };

  for (const planned of plan.nominations) {
    const seat = seats[planned.seat];
    if (!seat) continue;
    const readiness = planned.readiness === "auto" ? readinessFor(seat, planned.candidate, ctx) : planned.readiness;
    add(planned.seat, planned.candidate, readiness, planned.status);
  }

  const watched: number[] = [];
  const secondLine: number[] = [];
  const firstLine: number[] = [];
  seats.forEach((seat, i) => {
    if (plan.lockedSeats.has(i)) return;
    if (isWatched(seat)) watched.push(i);
    else if (seat.level === 3) secondLine.push(i);
    else if (seat.level === 2) firstLine.push(i);
  });
  const order = [...rng.shuffle(watched), ...rng.shuffle(secondLine), ...rng.shuffle(firstLine)];
  for (const seatIndex of order) {
    if (drafts.length >= ctx.budget) break;
    const seat = seats[seatIndex];
    if (!seat) continue;
    // A few watched seats end up with nobody named, as in any real plan.
    const count = isWatched(seat)
      ? rng.weighted([[0, 1], [1, 3], [2, 4], [3, 2], [4, 1]] as const)
      : rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
    const named = new Set<number>();
    for (let k = 0; k < count; k++) {
      const candidate = ctx.index.drawCandidate(seat, rng, (c) => named.has(c));
      if (candidate === null) break;
      named.add(candidate);
      const status = rng.weighted([["approved", 75], ["proposed", 15], ["declined", 10]] as const);
      add(seatIndex, candidate, readinessFor(seat, candidate, ctx), status);
    }
  }
  return drafts;
}

function readinessFor(seat: Seat, candidate: number, ctx: SlateContext): Readiness {
  const { rng, scores } = ctx;
  if (seat.level === 1) return rng.weighted([["ready_now", 3], ["1_2_years", 5], ["3_plus_years", 2]] as const);
  // SPEC §1: readiness to lead is judged on leadership, readiness to manage on management.
  const score = seat.level >= 4 ? scores.leadership[candidate] : scores.management[candidate];
  if (score === undefined || Number.isNaN(score)) return rng.chance(0.6) ? "1_2_years" : "3_plus_years";
  if (score >= 68 && (scores.potential[candidate] ?? 0) >= 2) return rng.chance(0.75) ? "ready_now" : "1_2_years";
  if (score >= 50) return rng.chance(0.8) ? "1_2_years" : "3_plus_years";
  return rng.chance(0.7) ? "3_plus_years" : "1_2_years";
}

export interface LifecycleChange {
  draft: NominationDraft;
  status: LifecycleStatus;
}

/**
 * Withdrawn and succeeded cannot be written in nominations.csv; the seed
 * applies them after import. Only ordinary approved slates are changed, so
 * the planted flags stay as built.
 */
export function pickLifecycle(drafts: readonly NominationDraft[], plan: PlantPlan, rng: Rng): LifecycleChange[] {
  const open = rng.shuffle(drafts.filter((d) => d.status === "approved" && !plan.lockedSeats.has(d.seat)));
  const withdrawn = Math.max(3, Math.round(drafts.length * 0.02));
  const succeeded = Math.max(2, Math.round(drafts.length * 0.002));
  return open.slice(0, withdrawn + succeeded).map((draft, i) => ({ draft, status: i < withdrawn ? "withdrawn" : "succeeded" }));
}
