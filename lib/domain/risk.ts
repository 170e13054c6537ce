import type { SuccessorCounts } from "./successors";
import type { Impact } from "./types";
import type { VacancyRisk } from "./vacancy";

// Position risk = 100 × P(vacancy) × impact × (1 − coverage), rounded.
// The reasoning behind every weight is in docs/risk.md.

export const VACANCY_PROBABILITY: Record<VacancyRisk, number> = { low: 0.2, medium: 0.5, high: 0.9 };
// An empty seat is not a probability any more.
export const VACANT_PROBABILITY = 1;

export const IMPACT_WEIGHT: Record<Impact, number> = { low: 0.4, medium: 0.7, high: 1 };

// Chance that one successor of each readiness could take the seat in time.
export const COVER_PER_SUCCESSOR = { readyNow: 0.6, readyIn1to2Years: 0.3, readyIn3PlusYears: 0.1 } as const;
// No bench makes a seat risk-free: a named successor can leave too.
export const MAX_COVERAGE = 0.9;

// Each successor independently closes part of the remaining gap, so every
// extra name helps, with diminishing returns, and the order does not matter.
export function coverage(successors: SuccessorCounts): number {
  const uncovered =
    (1 - COVER_PER_SUCCESSOR.readyNow) ** successors.readyNow *
    (1 - COVER_PER_SUCCESSOR.readyIn1to2Years) ** successors.readyIn1to2Years *
    (1 - COVER_PER_SUCCESSOR.readyIn3PlusYears) ** successors.readyIn3PlusYears;
  return Math.min(MAX_COVERAGE, 1 - uncovered);
}

export interface RiskFacts {
  vacancyRisk: VacancyRisk;
  vacant: boolean;
  impactOfLoss: Impact;
  successors: SuccessorCounts;
}

export function vacancyProbability(vacancyRisk: VacancyRisk, vacant: boolean): number {
  return vacant ? VACANT_PROBABILITY : VACANCY_PROBABILITY[vacancyRisk];
}

export function positionRisk(facts: RiskFacts): number {
  const p = vacancyProbability(facts.vacancyRisk, facts.vacant);
  const raw = 100 * p * IMPACT_WEIGHT[facts.impactOfLoss] * (1 - coverage(facts.successors));
  // Snap binary noise first, so an exact half such as 24.5 always rounds up;
  // both steps are non-decreasing, so the order of risks is kept.
  return Math.min(100, Math.max(0, Math.round(Math.round(raw * 1e6) / 1e6)));
}

// The heatmap's "high risk" line. 60 is reached only by a likely vacancy with
// at least medium impact and nobody ready now (see docs/risk.md).
export const HIGH_RISK_THRESHOLD = 60;
