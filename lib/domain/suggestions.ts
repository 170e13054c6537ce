import { fullMonthsBetween, parseIsoDate } from "./dates";
import { DEFAULT_SETTINGS } from "./types";
import type { FlightRisk, IsoDate, RoleKind, Settings } from "./types";

// SPEC §10: who could succeed to a seat, and why. The fit score is a sum of
// named parts, each a weight times a factor in [0, 1]; the screen and the API
// show every part, so the parts add up to the score shown. The formula is
// written in docs/suggestions.md.

// The parts that raise the fit, then the two that lower it.
export const FIT_GAINS = ["capability", "potential", "performance", "timeInRole", "levelFit", "sameUnit"] as const;
export const FIT_PENALTIES = ["flightRisk", "onlySuccessorElsewhere"] as const;
export const FIT_PARTS = [...FIT_GAINS, ...FIT_PENALTIES] as const;
export type FitPart = (typeof FIT_PARTS)[number];

export type FitWeights = Record<FitPart, number>; // relative, non-negative


export const fitWeightsOf = (s: Settings): FitWeights => ({
  capability: s.fitWeightCapability,
  potential: s.fitWeightPotential,
  performance: s.fitWeightPerformance,
  timeInRole: s.fitWeightTimeInRole,
  levelFit: s.fitWeightLevel,
  sameUnit: s.fitWeightSameUnit,
  flightRisk: s.fitWeightFlightRisk,
  onlySuccessorElsewhere: s.fitWeightOnlySuccessor,
});

// Each factor in [0, 1]; null when it comes from an assessment the person
// does not have (shown as missing, never as a low score: it adds nothing).
export type FitFactors = Record<FitPart, number | null>;

export interface FitScore {
  fit: number; // 0–100, one decimal
  parts: Record<FitPart, number | null>; // points (negative for penalties); null = missing
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

// The gains' weights are scaled to add up to 100, so a perfect candidate
// with no penalty scores exactly 100; penalties use the same scale. Every part
// is rounded to one decimal and the fit is their sum (floored at 0), so the
// parts shown add up to the fit shown. Each part is non-decreasing in its
// factor (non-increasing for a penalty), so the fit is monotone in each.
export function fitScore(factors: FitFactors, weights: FitWeights): FitScore {
  const gainTotal = FIT_GAINS.reduce((sum, p) => sum + Math.max(0, weights[p]), 0);
  const scale = gainTotal > 0 ? 100 / gainTotal : 0;
  const parts = {} as Record<FitPart, number | null>;
  let sum = 0;
  for (const part of FIT_PARTS) {
    const factor = factors[part];
    if (factor === null) {
      parts[part] = null;
      continue;
    }
    const sign = (FIT_PENALTIES as readonly string[]).includes(part) ? -1 : 1;
    const points = round1(sign * Math.max(0, weights[part]) * scale * clamp01(factor));
    parts[part] = points === 0 ? 0 : points; // never -0
    sum += points;
  }
  return { fit: Math.max(0, round1(sum)), parts };
}

// --- the factors, from what the engine knows of a person and a seat ---------

export interface FitCandidate {
  relevantScore: number | null; // 0–100, the seat kind's score (SPEC §3)
  potential: number | null; // 1–3
  performance: number | null; // 1–3
  roleStartDate: IsoDate | null;
  rungsBelow: number; // 0 (same level), 1 or 2
  flightRisk: FlightRisk | null;
  onlySuccessorOf: number; // other seats where they are the only approved successor
  unit: "subtree" | "division" | "elsewhere"; // against the seat's org unit
}

// Three years in the role counts in full: long enough to have learnt it.
export const DEFAULT_FIT_WEIGHTS: FitWeights = fitWeightsOf(DEFAULT_SETTINGS);

export const FULL_TIME_IN_ROLE_MONTHS = 36;
// One rung below is the natural successor; the same level is a lateral move,
// two rungs a stretch.
const LEVEL_FIT: Record<number, number> = { 1: 1, 0: 0.6, 2: 0.4 };
const FLIGHT: Record<FlightRisk, number> = { low: 0, medium: 0.5, high: 1 };
const UNIT_FIT = { subtree: 1, division: 0.5, elsewhere: 0 } as const;

export function fitFactors(c: FitCandidate, asOf: IsoDate): FitFactors {
  const start = parseIsoDate(c.roleStartDate);
  const today = parseIsoDate(asOf);
  const months = start && today ? Math.max(0, fullMonthsBetween(start, today)) : null;
  return {
    capability: c.relevantScore === null ? null : c.relevantScore / 100,
    potential: c.potential === null ? null : (c.potential - 1) / 2,
    performance: c.performance === null ? null : (c.performance - 1) / 2,
    timeInRole: months === null ? null : Math.min(1, months / FULL_TIME_IN_ROLE_MONTHS),
    levelFit: LEVEL_FIT[c.rungsBelow] ?? 0,
    sameUnit: UNIT_FIT[c.unit],
    flightRisk: c.flightRisk === null ? null : FLIGHT[c.flightRisk],
    onlySuccessorElsewhere: Math.min(2, c.onlySuccessorOf) / 2,
  };
}

// Which score a seat asks for (SPEC §3): leadership for a leadership seat,
// management otherwise.
export const relevantScoreName = (kind: RoleKind | null): "leadScore" | "mgmtScore" => (kind === "leadership" ? "leadScore" : "mgmtScore");
