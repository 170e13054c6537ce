import { compareKeys } from "./order";
import type { AssessmentInput, CycleInput, IsoDate } from "./types";

export interface AssessmentScores {
  mgmtScore: number;
  leadScore: number;
}

// A score is null when the person has no assessment: "not assessed" must never
// read as "assessed and hopeless" (SPEC §3).
export interface PersonScores {
  mgmtScore: number | null;
  leadScore: number | null;
}

// Shared by every unassessed person, hence frozen.
export const NO_SCORES: PersonScores = Object.freeze({ mgmtScore: null, leadScore: null });

// Two decimals: with whole-number items every score is a multiple of 6.25 and
// is kept exactly; with fractional (averaged) items it strips the binary noise
// that would otherwise put 59.99999 on the wrong side of a 60 threshold.
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

// Mean of four 1–5 items mapped onto 0–100: (mean − 1) × 25 (SPEC §3).
export function itemScore(a: number, b: number, c: number, d: number): number {
  return roundScore(((a + b + c + d) / 4 - 1) * 25);
}

export function scoreAssessment(a: AssessmentInput): AssessmentScores {
  return {
    mgmtScore: itemScore(a.mgmtPlanning, a.mgmtOrganizing, a.mgmtControlling, a.mgmtProblemSolving),
    leadScore: itemScore(a.leadDirection, a.leadAlignment, a.leadInspiration, a.leadChange),
  };
}

export interface LatestAssessment {
  assessment: AssessmentInput;
  cycle: CycleInput;
  scores: AssessmentScores;
}

// Later cycle date wins; two cycles on one date are ordered by id so the answer
// never depends on the order rows were loaded in.
function isLaterCycle(a: CycleInput, b: CycleInput): boolean {
  if (a.cycleDate !== b.cycleDate) return a.cycleDate > b.cycleDate;
  return a.id > b.id;
}

// One assessment per person and cycle is a database rule; should two slip
// through, the larger tuple of answers wins so the result is still stable.
function assessmentTuple(a: AssessmentInput): number[] {
  return [
    a.performance,
    a.potential,
    a.mgmtPlanning,
    a.mgmtOrganizing,
    a.mgmtControlling,
    a.mgmtProblemSolving,
    a.leadDirection,
    a.leadAlignment,
    a.leadInspiration,
    a.leadChange,
    a.leadershipTimePct,
    a.flightRisk === "high" ? 2 : a.flightRisk === "medium" ? 1 : 0,
  ];
}

function tupleGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

// The latest of one person's assessments (the rule below), or undefined.
export function latestAssessmentOf(cycleById: ReadonlyMap<number, CycleInput>, assessments: Iterable<AssessmentInput>): LatestAssessment | undefined {
  let best: AssessmentInput | undefined;
  let bestCycle: CycleInput | undefined;
  for (const assessment of assessments) {
    const cycle = cycleById.get(assessment.cycleId);
    if (!cycle) continue;
    if (!best || !bestCycle || isLaterCycle(cycle, bestCycle) || (cycle.id === bestCycle.id && tupleGreater(assessmentTuple(assessment), assessmentTuple(best)))) {
      best = assessment;
      bestCycle = cycle;
    }
  }
  return best && bestCycle ? { assessment: best, cycle: bestCycle, scores: scoreAssessment(best) } : undefined;
}

// Latest assessment of every assessed person, by cycle date. Assessments of a
// cycle the engine was not given are ignored: they cannot be dated.
export function latestAssessments(cycles: readonly CycleInput[], assessments: readonly AssessmentInput[]): Map<string, LatestAssessment> {
  const cycleById = new Map<number, CycleInput>();
  for (const cycle of cycles) cycleById.set(cycle.id, cycle);

  const best = new Map<string, AssessmentInput>();
  for (const assessment of assessments) {
    const cycle = cycleById.get(assessment.cycleId);
    if (!cycle) continue;
    const current = best.get(assessment.personId);
    const currentCycle = current && cycleById.get(current.cycleId);
    if (
      !current ||
      !currentCycle ||
      isLaterCycle(cycle, currentCycle) ||
      (cycle.id === currentCycle.id && tupleGreater(assessmentTuple(assessment), assessmentTuple(current)))
    ) {
      best.set(assessment.personId, assessment);
    }
  }

  const latest = new Map<string, LatestAssessment>();
  for (const [personId, assessment] of best) {
    const cycle = cycleById.get(assessment.cycleId);
    if (cycle) latest.set(personId, { assessment, cycle, scores: scoreAssessment(assessment) });
  }
  return latest;
}

export interface CycleScore extends AssessmentScores {
  cycleId: number;
  cycleName: string;
  cycleDate: IsoDate;
}

// A person's scores over time, oldest first, for the profile's trend chart.
export function scoreHistory(cycles: readonly CycleInput[], assessments: readonly AssessmentInput[]): CycleScore[] {
  const cycleById = new Map<number, CycleInput>();
  for (const cycle of cycles) cycleById.set(cycle.id, cycle);
  const history: CycleScore[] = [];
  for (const assessment of assessments) {
    const cycle = cycleById.get(assessment.cycleId);
    if (!cycle) continue;
    history.push({ cycleId: cycle.id, cycleName: cycle.name, cycleDate: cycle.cycleDate, ...scoreAssessment(assessment) });
  }
  return history.sort((a, b) => compareKeys(a.cycleDate, b.cycleDate) || a.cycleId - b.cycleId);
}
