import { GAP_FLAGS, type GapFlag } from "./flags";
import { unitSlotRows, type OrgTree } from "./org-tree";
import type { GapRow } from "./positions";
import { HIGH_RISK_THRESHOLD } from "./risk";
import type { BenchStrength } from "./successors";

const BENCH_STRENGTHS = ["none", "weak", "moderate", "strong"] as const satisfies readonly BenchStrength[];

export interface HeatmapRow {
  orgUnitId: string | null; // null: the whole organization
  orgUnitName: string | null;
  depth: number; // 0 for the whole organization, 1 for a top-level unit
  level: string;
  positions: number;
  highRisk: number; // risk ≥ HIGH_RISK_THRESHOLD
  meanRisk: number | null; // one decimal; null for an empty cell
  maxRisk: number | null;
  flags: Record<GapFlag, number>;
  noReadySuccessor: number; // seats with nobody approved as ready now
  bench: Record<BenchStrength, number>;
}

export type HeatmapPosition = Pick<GapRow, "orgUnitPath" | "level" | "risk" | "flags" | "successors" | "benchStrength">;

export interface HeatmapInput {
  tree: OrgTree;
  levelCodes: readonly string[]; // the ladder, lowest rank first
  positions: readonly HeatmapPosition[];
}

// The heatmap's counters, kept so that a changed seat can be taken out and
// put back (lib/domain/engine-state.ts) instead of counting everything again.
// Risks are whole numbers 0–100, so each cell keeps a histogram of them: the
// maximum survives the removal of the seat that held it.
export interface HeatmapTally {
  tree: OrgTree;
  levelCodes: readonly string[];
  levelIndex: ReadonlyMap<string, number>;
  count: Int32Array;
  high: Int32Array;
  riskSum: Float64Array;
  riskHistogram: Int32Array;
  noReady: Int32Array;
  flagCounts: Int32Array;
  benchCounts: Int32Array;
  // The cells changed since heatmapRows last read this tally (null while it
  // is first filled): a change rebuilds those rows, not the 10,000s of others.
  dirty: Set<number> | null;
}

const RISK_VALUES = 101;
const FLAG_INDEX = new Map<GapFlag, number>(GAP_FLAGS.map((f, i) => [f, i]));
const BENCH_INDEX = new Map<BenchStrength, number>(BENCH_STRENGTHS.map((b, i) => [b, i]));

function bump(counts: Int32Array | Float64Array, at: number, by: number) {
  counts[at] = (counts[at] ?? 0) + by;
}

function tallyCell(tally: HeatmapTally, slot: number, p: HeatmapPosition, sign: 1 | -1) {
  tally.dirty?.add(slot);
  bump(tally.count, slot, sign);
  if (p.risk >= HIGH_RISK_THRESHOLD) bump(tally.high, slot, sign);
  bump(tally.riskSum, slot, sign * p.risk);
  bump(tally.riskHistogram, slot * RISK_VALUES + Math.min(100, Math.max(0, Math.round(p.risk))), sign);
  if (p.successors.readyNow === 0) bump(tally.noReady, slot, sign);
  for (const flag of p.flags) bump(tally.flagCounts, slot * GAP_FLAGS.length + (FLAG_INDEX.get(flag) ?? 0), sign);
  bump(tally.benchCounts, slot * BENCH_STRENGTHS.length + (BENCH_INDEX.get(p.benchStrength) ?? 0), sign);
}

// Adds (sign 1) or removes (sign −1) a seat, in its unit's whole chain. A
// seat's level never changes between tallies of one input, so its column exists.
export function tallyHeatmapPosition(tally: HeatmapTally, p: HeatmapPosition, sign: 1 | -1): void {
  const width = tally.levelCodes.length;
  const level = tally.levelIndex.get(p.level) ?? 0;
  tallyCell(tally, level, p, sign);
  const unit = tally.tree.indexOf(p.orgUnitPath);
  if (unit === undefined) return;
  for (const u of tally.tree.chainOf(unit)) tallyCell(tally, (u + 1) * width + level, p, sign);
}

// A seat on a level outside the ladder gets its own column after the ladder's.
export function createHeatmapTally(input: HeatmapInput): HeatmapTally {
  const { tree, positions } = input;
  const levelCodes = [...input.levelCodes];
  const levelIndex = new Map<string, number>();
  levelCodes.forEach((code, i) => levelIndex.set(code, i));
  const strays = new Set<string>();
  for (const p of positions) if (!levelIndex.has(p.level)) strays.add(p.level);
  for (const code of [...strays].sort()) {
    levelIndex.set(code, levelCodes.length);
    levelCodes.push(code);
  }
  const slots = (tree.units.length + 1) * levelCodes.length; // row 0 is the organization
  const tally: HeatmapTally = {
    tree,
    levelCodes,
    levelIndex,
    count: new Int32Array(slots),
    high: new Int32Array(slots),
    riskSum: new Float64Array(slots),
    riskHistogram: new Int32Array(slots * RISK_VALUES),
    noReady: new Int32Array(slots),
    flagCounts: new Int32Array(slots * GAP_FLAGS.length),
    benchCounts: new Int32Array(slots * BENCH_STRENGTHS.length),
    dirty: null,
  };
  for (const p of positions) tallyHeatmapPosition(tally, p, 1);
  return tally;
}

function maxRiskOf(tally: HeatmapTally, slot: number): number | null {
  for (let r = RISK_VALUES - 1; r >= 0; r--) if ((tally.riskHistogram[slot * RISK_VALUES + r] ?? 0) > 0) return r;
  return null;
}

function rowAt(tally: HeatmapTally, slot: number): HeatmapRow {
  const { tree, levelCodes } = tally;
  const row = Math.floor(slot / levelCodes.length);
  const unit = row === 0 ? null : tree.units[row - 1]!;
  const n = tally.count[slot] ?? 0;
  const flags = {} as Record<GapFlag, number>;
  GAP_FLAGS.forEach((f, i) => (flags[f] = tally.flagCounts[slot * GAP_FLAGS.length + i] ?? 0));
  const bench = {} as Record<BenchStrength, number>;
  BENCH_STRENGTHS.forEach((b, i) => (bench[b] = tally.benchCounts[slot * BENCH_STRENGTHS.length + i] ?? 0));
  return {
    orgUnitId: unit?.id ?? null,
    orgUnitName: unit?.name ?? null,
    depth: row === 0 ? 0 : tree.depthOf(row - 1),
    level: levelCodes[slot % levelCodes.length]!,
    positions: n,
    highRisk: tally.high[slot] ?? 0,
    // Risks are integers, so the sum is exact and the mean independent of order.
    meanRisk: n === 0 ? null : Math.round(((tally.riskSum[slot] ?? 0) / n) * 10) / 10,
    maxRisk: n === 0 ? null : maxRiskOf(tally, slot),
    flags,
    noReadySuccessor: tally.noReady[slot] ?? 0,
    bench,
  };
}

// One row per unit (its whole subtree) and ladder level, empty cells
// included, so the grid has the same shape whatever the data: the
// organization's levels first, then each unit's (a company root's excepted,
// unitSlotRows). `previous`: the rows this tally gave last time, of which
// only the changed cells are rebuilt.
export function heatmapRows(tally: HeatmapTally, previous?: readonly HeatmapRow[]): HeatmapRow[] {
  const changed = tally.dirty;
  tally.dirty = new Set();
  return unitSlotRows(tally.tree, tally.levelCodes.length, (slot) => rowAt(tally, slot), previous, changed);
}

export function computeHeatmap(input: HeatmapInput): HeatmapRow[] {
  return heatmapRows(createHeatmapTally(input));
}
