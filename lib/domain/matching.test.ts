import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximumMatchingSize } from "./matching";

// Exhaustive reference for small graphs.
function bruteForce(leftCount: number, edges: ReadonlyArray<readonly [number, number]>): number {
  const byLeft: number[][] = Array.from({ length: leftCount }, () => []);
  for (const [u, v] of edges) byLeft[u]?.push(v);
  const used = new Set<number>();
  const best = (u: number): number => {
    if (u === leftCount) return 0;
    let result = best(u + 1);
    for (const v of byLeft[u] ?? []) {
      if (used.has(v)) continue;
      used.add(v);
      result = Math.max(result, 1 + best(u + 1));
      used.delete(v);
    }
    return result;
  };
  return best(0);
}

describe("maximumMatchingSize", () => {
  it("is zero for an empty graph", () => {
    expect(maximumMatchingSize({ leftCount: 3, rightCount: 0, edges: [] })).toBe(0);
  });

  it("finds augmenting paths", () => {
    const edges = [
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 1],
      [2, 2],
    ] as const;
    expect(maximumMatchingSize({ leftCount: 3, rightCount: 3, edges })).toBe(3);
  });

  it("survives an augmenting path as long as the graph", () => {
    // Seat i prefers candidate i+1, so the first phase leaves the last seat
    // empty and the only augmenting path runs back through every seat.
    const n = 100_000;
    const edges: Array<[number, number]> = [];
    for (let i = 0; i < n - 1; i++) edges.push([i, i + 1], [i, i]);
    edges.push([n - 1, n - 1]);
    expect(maximumMatchingSize({ leftCount: n, rightCount: n, edges })).toBe(n);
  });

  it("agrees with brute force on small graphs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((left) =>
          fc.integer({ min: 1, max: 6 }).chain((right) =>
            fc.tuple(
              fc.constant(left),
              fc.constant(right),
              fc.array(fc.tuple(fc.integer({ min: 0, max: left - 1 }), fc.integer({ min: 0, max: right - 1 })), { maxLength: 20 }),
            ),
          ),
        ),
        ([left, right, edges]) => {
          expect(maximumMatchingSize({ leftCount: left, rightCount: right, edges })).toBe(bruteForce(left, edges));
        },
      ),
    );
  });
});
