import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairSortedIndex, sortedIndex } from "./order";

const byValueThenPosition = (a: { v: number; id: number }, b: { v: number; id: number }) => a.v - b.v || a.id - b.id;

describe("sorted index", () => {
  it("repaired after changes equals a fresh sort", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 20 }))), (values, edits) => {
        const rows = values.map((v, id) => ({ v, id }));
        const compare = byValueThenPosition;
        const index = sortedIndex(rows, compare);
        const next = [...rows];
        const changed = new Set<number>();
        for (const [at, v] of edits) {
          if (next.length === 0) break;
          const i = at % next.length;
          next[i] = { v, id: i };
          changed.add(i);
        }
        expect([...repairSortedIndex(index, next, changed, compare)]).toEqual([...sortedIndex(next, compare)]);
      }),
      { numRuns: 500 },
    );
  });
});
