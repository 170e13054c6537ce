import type { PersonScores } from "./scores";
import { totalSuccessors, type SuccessorCounts } from "./successors";
import type { FlightRisk, RoleKind } from "./types";

// The order of SPEC §7; every report lists flags in this order.
export const GAP_FLAGS = ["no-successor", "retirement-uncovered", "single-point", "stuck-incumbent", "readiness-mismatch"] as const;
export type GapFlag = (typeof GAP_FLAGS)[number];

// A count for every flag, all at zero, for a report to add its seats to.
export const zeroFlagCounts = (): Record<GapFlag, number> => Object.fromEntries(GAP_FLAGS.map((f) => [f, 0])) as Record<GapFlag, number>;

// Watched seats are the ones whose loss the organization has said it cannot
// absorb: marked critical, or anything at a leadership rung.
export function isWatched(critical: boolean, levelKind: RoleKind | null): boolean {
  return critical || levelKind === "leadership";
}

export type SinglePointReason = "successor-retiring-soon" | "successor-flight-risk-high" | "successor-covers-another-seat";

export interface SoleSuccessorFacts {
  retiringSoon: boolean;
  flightRisk: FlightRisk | null;
  // How many positions (this one included) have this person as their only
  // approved successor.
  soleSuccessorOf: number;
}

// Why the one name on a slate is a fragile one; empty when it is not.
export function singlePointReasons(successor: SoleSuccessorFacts): SinglePointReason[] {
  const reasons: SinglePointReason[] = [];
  if (successor.retiringSoon) reasons.push("successor-retiring-soon");
  if (successor.flightRisk === "high") reasons.push("successor-flight-risk-high");
  if (successor.soleSuccessorOf > 1) reasons.push("successor-covers-another-seat");
  return reasons;
}

// A "ready now" claim is checked against the capability the seat calls for:
// leading for a leadership seat, managing for a management seat. IC seats
// have no such score, and an unassessed candidate cannot be contradicted.
export function isReadinessMismatch(seatKind: RoleKind | null, candidate: PersonScores, readyScoreMin: number): boolean {
  const score = seatKind === "leadership" ? candidate.leadScore : seatKind === "management" ? candidate.mgmtScore : null;
  return score !== null && score < readyScoreMin;
}

export interface FlagFacts {
  watched: boolean;
  incumbentRetiringSoon: boolean; // false for a vacant seat
  incumbentStuck: boolean;
  successors: SuccessorCounts; // approved nominations only
  singlePointReasons: readonly SinglePointReason[]; // of the sole approved successor
  readinessMismatch: boolean;
}

export function gapFlags(facts: FlagFacts): GapFlag[] {
  const total = totalSuccessors(facts.successors);
  const flags: GapFlag[] = [];
  if (facts.watched && total === 0) flags.push("no-successor");
  if (facts.watched && facts.incumbentRetiringSoon && facts.successors.readyNow === 0) flags.push("retirement-uncovered");
  if (facts.watched && total === 1 && facts.singlePointReasons.length > 0) flags.push("single-point");
  if (facts.incumbentStuck) flags.push("stuck-incumbent");
  if (facts.readinessMismatch) flags.push("readiness-mismatch");
  return flags;
}
