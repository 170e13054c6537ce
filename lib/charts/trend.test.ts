import { describe, expect, it } from "vitest";
import { GAP_FLAGS, type GapFlag } from "@/lib/domain";
import { benchTrend } from "./trend";

const flags = Object.fromEntries(GAP_FLAGS.map((f) => [f, 0])) as Record<GapFlag, number>;

const bench = (pct: number | null, effective: number | null, critical: number) => ({
  criticalPositions: critical,
  coveredPositions: 0,
  coveredPct: pct,
  effectiveCoveredPositions: 0,
  effectiveCoveredPct: effective,
});

describe("benchTrend", () => {
  it("orders the cycles in time and keeps both percentages", () => {
    const spec = benchTrend([
      { label: "2026 H2", date: "2026-10-15", bench: bench(14.8, 11.1, 27), flags },
      { label: "2025 H2", date: "2025-11-15", bench: bench(10, 10, 20), flags },
    ]);
    expect(spec.kind).toBe("line");
    expect(spec.labels).toEqual(["2025 H2", "2026 H2"]);
    expect(spec.series.map((s) => s.values)).toEqual([
      [10, 14.8],
      [10, 11.1],
      [20, 27],
    ]);
  });
});
