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
      { label: "2026 H2", date: "2026-10-15", bench: bench(14.8, 11.1, 27), flags: { ...flags, "no-successor": 8, "stuck-incumbent": 6 } },
      { label: "2025 H2", date: "2025-11-15", bench: bench(10, 10, 20), flags: { ...flags, "no-successor": 11 } },
    ]);
    expect(spec.kind).toBe("line");
    expect(spec.labels).toEqual(["2025 H2", "2026 H2"]);
    expect(spec.series.map((s) => [s.label, s.values, s.tableOnly ?? false])).toEqual([
      ["Bench strength", [10, 14.8], false],
      ["Effective", [10, 11.1], false],
      ["Critical seats", [20, 27], true],
      // Each flag's count, in the table under the chart only.
      ["No successor", [11, 8], true],
      ["Retirement uncovered", [0, 0], true],
      ["Single point of failure", [0, 0], true],
      ["Stuck in management", [0, 6], true],
      ["Readiness mismatch", [0, 0], true],
    ]);
  });
});
