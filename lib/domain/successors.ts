import { maximumMatchingSize } from "./matching";
import type { Readiness } from "./types";

export type BenchStrength = "none" | "weak" | "moderate" | "strong";

export interface SuccessorCounts {
  readyNow: number;
  readyIn1to2Years: number;
  readyIn3PlusYears: number;
}

export const NO_SUCCESSORS: SuccessorCounts = { readyNow: 0, readyIn1to2Years: 0, readyIn3PlusYears: 0 };

const READINESS_RANK: Record<Readiness, number> = { ready_now: 0, "1_2_years": 1, "3_plus_years": 2 };

export function isMoreReady(a: Readiness, b: Readiness): boolean {
  return READINESS_RANK[a] < READINESS_RANK[b];
}

export function totalSuccessors(counts: SuccessorCounts): number {
  return counts.readyNow + counts.readyIn1to2Years + counts.readyIn3PlusYears;
}

export function countByReadiness(readiness: Iterable<Readiness>): SuccessorCounts {
  let readyNow = 0;
  let readyIn1to2Years = 0;
  let readyIn3PlusYears = 0;
  for (const r of readiness) {
    if (r === "ready_now") readyNow++;
    else if (r === "1_2_years") readyIn1to2Years++;
    else readyIn3PlusYears++;
  }
  return { readyNow, readyIn1to2Years, readyIn3PlusYears };
}

// SPEC §3, literally: strong needs someone ready now and a second name behind
// them; anyone ready within two years is at least moderate.
export function benchStrength(counts: SuccessorCounts): BenchStrength {
  const total = totalSuccessors(counts);
  if (total === 0) return "none";
  if (counts.readyNow >= 1 && total >= 2) return "strong";
  if (counts.readyNow >= 1 || counts.readyIn1to2Years >= 1) return "moderate";
  return "weak";
}

export interface OrgBenchStrength {
  criticalPositions: number;
  // Critical seats with at least one approved ready-now successor.
  coveredPositions: number;
  coveredPct: number | null; // null when there is no critical seat
  // The most critical seats that could be filled at the same time, each by a
  // different ready-now successor (a maximum matching).
  effectiveCoveredPositions: number;
  effectiveCoveredPct: number | null;
}

export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

// readyNowByCriticalSeat holds, per critical seat, the ids of its approved
// ready-now successors. A person named ready-now for three seats can only
// step into one of them, so the effective figure lets each person cover one
// seat at most and asks how many seats the bench covers at best.
export function orgBenchStrength(readyNowByCriticalSeat: ReadonlyArray<readonly string[]>): OrgBenchStrength {
  const criticalPositions = readyNowByCriticalSeat.length;
  const candidateIndex = new Map<string, number>();
  const edges: Array<[number, number]> = [];
  let coveredPositions = 0;
  readyNowByCriticalSeat.forEach((candidates, seat) => {
    if (candidates.length > 0) coveredPositions++;
    for (const candidate of candidates) {
      let index = candidateIndex.get(candidate);
      if (index === undefined) {
        index = candidateIndex.size;
        candidateIndex.set(candidate, index);
      }
      edges.push([seat, index]);
    }
  });
  const effectiveCoveredPositions = maximumMatchingSize({ leftCount: criticalPositions, rightCount: candidateIndex.size, edges });
  return {
    criticalPositions,
    coveredPositions,
    coveredPct: percent(coveredPositions, criticalPositions),
    effectiveCoveredPositions,
    effectiveCoveredPct: percent(effectiveCoveredPositions, criticalPositions),
  };
}
