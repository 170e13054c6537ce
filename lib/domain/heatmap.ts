import { GAP_FLAGS, type GapFlag } from "./flags";
import type { OrgTree } from "./org-tree";
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

// One row per unit (its whole subtree) and ladder level, empty cells
// included, so the grid has the same shape whatever the data. A seat on a
// level outside the ladder gets its own column after the ladder's.
export function computeHeatmap(input: HeatmapInput): HeatmapRow[] {
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

  const width = levelCodes.length;
  const slots = (tree.units.length + 1) * width; // row 0 is the organization
  const count = new Int32Array(slots);
  const high = new Int32Array(slots);
  const riskSum = new Float64Array(slots);
  const riskMax = new Int32Array(slots).fill(-1);
  const noReady = new Int32Array(slots);
  const flagCounts = new Int32Array(slots * GAP_FLAGS.length);
  const benchCounts = new Int32Array(slots * BENCH_STRENGTHS.length);
  const flagIndex = new Map<GapFlag, number>(GAP_FLAGS.map((f, i) => [f, i]));
  const benchIndex = new Map<BenchStrength, number>(BENCH_STRENGTHS.map((b, i) => [b, i]));

  const add = (slot: number, p: HeatmapPosition) => {
    count[slot] = (count[slot] ?? 0) + 1;
    if (p.risk >= HIGH_RISK_THRESHOLD) high[slot] = (high[slot] ?? 0) + 1;
    riskSum[slot] = (riskSum[slot] ?? 0) + p.risk;
    if (p.risk > (riskMax[slot] ?? -1)) riskMax[slot] = p.risk;
    if (p.successors.readyNow === 0) noReady[slot] = (noReady[slot] ?? 0) + 1;
    for (const flag of p.flags) {
      const at = slot * GAP_FLAGS.length + (flagIndex.get(flag) ?? 0);
      flagCounts[at] = (flagCounts[at] ?? 0) + 1;
    }
    const b = slot * BENCH_STRENGTHS.length + (benchIndex.get(p.benchStrength) ?? 0);
    benchCounts[b] = (benchCounts[b] ?? 0) + 1;
  };

  for (const p of positions) {
    const level = levelIndex.get(p.level) ?? 0;
    add(level, p);
    const unit = tree.indexOf(p.orgUnitPath);
    if (unit === undefined) continue;
    for (const u of tree.chainOf(unit)) add((u + 1) * width + level, p);
  }

  const rows: HeatmapRow[] = [];
  const emit = (row: number, orgUnitId: string | null, orgUnitName: string | null, depth: number) => {
    levelCodes.forEach((level, l) => {
      const slot = row * width + l;
      const n = count[slot] ?? 0;
      const flags = {} as Record<GapFlag, number>;
      GAP_FLAGS.forEach((f, i) => (flags[f] = flagCounts[slot * GAP_FLAGS.length + i] ?? 0));
      const bench = {} as Record<BenchStrength, number>;
      BENCH_STRENGTHS.forEach((b, i) => (bench[b] = benchCounts[slot * BENCH_STRENGTHS.length + i] ?? 0));
      rows.push({
        orgUnitId,
        orgUnitName,
        depth,
        level,
        positions: n,
        highRisk: high[slot] ?? 0,
        // Risks are integers, so the sum is exact and the mean independent of order.
        meanRisk: n === 0 ? null : Math.round(((riskSum[slot] ?? 0) / n) * 10) / 10,
        maxRisk: n === 0 ? null : (riskMax[slot] ?? null),
        flags,
        noReadySuccessor: noReady[slot] ?? 0,
        bench,
      });
    });
  };
  emit(0, null, null, 0);
  // A company root would repeat the organization's row under another name.
  tree.units.forEach((unit, u) => {
    if (u !== tree.root) emit(u + 1, unit.id, unit.name, tree.depthOf(u));
  });
  return rows;
}
