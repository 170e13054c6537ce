import type { LevelInput } from "./types";

// How exposed a seat is, for ranking the executive summary's top ten: the
// position risk, weighted by what losing that seat means to the organization.
// Risk alone ranks an individual contributor's seat at risk 90 above a
// critical executive seat at risk 60; an executive reading "the ten most
// exposed positions" expects the opposite. The risk score itself is left as
// it is (docs/risk.md): the weights only order the list.
//
//   exposure = risk × criticality weight × level weight
//
// Criticality: a seat HR marked critical weighs 1, any other 0.6. Level: the
// ladder's top rung weighs 1, its bottom 0.5, evenly in between; a level the
// ladder does not know weighs as the bottom rung. Every factor is
// non-negative and non-decreasing, so more risk, criticality or seniority
// never lowers exposure.
export const CRITICAL_WEIGHT = { critical: 1, other: 0.6 } as const;
export const LEVEL_WEIGHT = { bottom: 0.5, top: 1 } as const;

export interface ExposureFacts {
  risk: number;
  critical: boolean;
  level: string;
}

export type LevelWeight = (levelCode: string) => number;

export function levelWeights(levels: readonly LevelInput[]): LevelWeight {
  const ranks = levels.map((l) => l.rank);
  const low = Math.min(...ranks);
  const high = Math.max(...ranks);
  const byCode = new Map(
    levels.map((l) => [l.code, high === low ? LEVEL_WEIGHT.top : LEVEL_WEIGHT.bottom + ((LEVEL_WEIGHT.top - LEVEL_WEIGHT.bottom) * (l.rank - low)) / (high - low)]),
  );
  return (code) => byCode.get(code) ?? LEVEL_WEIGHT.bottom;
}

export function exposure(facts: ExposureFacts, levelWeight: LevelWeight): number {
  const weight = (facts.critical ? CRITICAL_WEIGHT.critical : CRITICAL_WEIGHT.other) * levelWeight(facts.level);
  // Rounded to hundredths so equal products compare equal whatever the float noise.
  return Math.round(facts.risk * weight * 100) / 100;
}

// Most exposed first; among equals, the higher risk, then the position id,
// so the list never depends on the order the rows arrive in.
export function mostExposed<T extends ExposureFacts & { positionId: string }>(rows: readonly T[], levels: readonly LevelInput[], count: number): T[] {
  const weightOf = levelWeights(levels);
  return rows
    .map((row) => ({ row, value: exposure(row, weightOf) }))
    .sort((a, b) => b.value - a.value || b.row.risk - a.row.risk || (a.row.positionId < b.row.positionId ? -1 : a.row.positionId > b.row.positionId ? 1 : 0))
    .slice(0, count)
    .map((x) => x.row);
}
