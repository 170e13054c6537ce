import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GAP_FLAGS } from "./flags";
import { computeSnapshot, type Snapshot } from "./snapshot";
import { arbInput } from "./test-arbitraries";
import type { EngineInput } from "./types";

function shuffled<T>(values: readonly T[], seed: number): T[] {
  // mulberry32: a tiny seeded generator, so a failing case can be replayed.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function shuffleInput(input: EngineInput, seed: number): EngineInput {
  return {
    ...input,
    levels: shuffled(input.levels, seed),
    orgUnits: shuffled(input.orgUnits, seed + 1),
    people: shuffled(input.people, seed + 2),
    positions: shuffled(input.positions, seed + 3),
    cycles: shuffled(input.cycles, seed + 4),
    assessments: shuffled(input.assessments, seed + 5),
    nominations: shuffled(input.nominations, seed + 6),
  };
}

// Maps become entry lists, so their iteration order is compared too.
const canonical = (s: Snapshot) => JSON.stringify({ ...s, people: [...s.people], positionIndex: [...s.positionIndex] });

describe("computeSnapshot properties", () => {
  it("does not depend on the order of any input table", () => {
    fc.assert(
      fc.property(arbInput, fc.integer(), (input, seed) => {
        expect(canonical(computeSnapshot(shuffleInput(input, seed)))).toBe(canonical(computeSnapshot(input)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every row within the contract", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const snapshot = computeSnapshot(input);
        expect(snapshot.positions).toHaveLength(input.positions.length);
        for (const row of snapshot.positions) {
          expect(Number.isInteger(row.risk) && row.risk >= 0 && row.risk <= 100).toBe(true);
          const order = row.flags.map((f) => GAP_FLAGS.indexOf(f));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          expect(new Set(row.flags).size).toBe(row.flags.length);
          if (row.flags.includes("no-successor")) expect(row.benchStrength).toBe("none");
          if (row.incumbentEmployeeId === null) expect(row.vacancyRisk).toBe("high");
        }
        for (const derived of snapshot.people.values()) {
          // Never a silent zero: no assessment means no score at all.
          if (derived.latestCycle === null) expect(derived.scores).toEqual({ mgmtScore: null, leadScore: null });
        }
        const bench = snapshot.benchStrength;
        expect(bench.effectiveCoveredPositions).toBeLessThanOrEqual(bench.coveredPositions);
        for (const row of snapshot.pipeline) expect(row.gap).toBe(Math.max(0, row.openings - row.ready));
      }),
      { numRuns: 200 },
    );
  });
});
