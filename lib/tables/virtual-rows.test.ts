import { describe, expect, it } from "vitest";
import { bodySlots, keepIndex } from "./virtual-rows";

const row = (index: number, height = 60) => ({ index, start: index * height, end: (index + 1) * height });

describe("bodySlots", () => {
  it("renders the first rows with one spacer for the rest of the page", () => {
    expect(bodySlots([row(0), row(1)], 60 * 1000)).toEqual([
      { kind: "row", index: 0 },
      { kind: "row", index: 1 },
      { kind: "spacer", key: "end", height: 60 * 998 },
    ]);
  });

  it("puts a spacer above a window in the middle and one below it", () => {
    expect(bodySlots([row(500), row(501)], 60 * 1000)).toEqual([
      { kind: "spacer", key: "before-500", height: 60 * 500 },
      { kind: "row", index: 500 },
      { kind: "row", index: 501 },
      { kind: "spacer", key: "end", height: 60 * 498 },
    ]);
  });

  it("has no spacer after the last row of the page", () => {
    expect(bodySlots([row(998), row(999)], 60 * 1000)).toEqual([
      { kind: "spacer", key: "before-998", height: 60 * 998 },
      { kind: "row", index: 998 },
      { kind: "row", index: 999 },
    ]);
  });

  it("fills the gap between a kept row and the window", () => {
    const slots = bodySlots([row(3), row(700), row(701)], 60 * 1000);
    expect(slots).toEqual([
      { kind: "spacer", key: "before-3", height: 180 },
      { kind: "row", index: 3 },
      { kind: "spacer", key: "before-700", height: 60 * 696 },
      { kind: "row", index: 700 },
      { kind: "row", index: 701 },
      { kind: "spacer", key: "end", height: 60 * 298 },
    ]);
  });

  it("keeps the page's height whatever is rendered", () => {
    const total = 60 * 1000;
    for (const rows of [[row(0)], [row(10), row(11)], [row(2), row(900)], [row(999)]]) {
      const height = bodySlots(rows, total).reduce((sum, s) => sum + (s.kind === "spacer" ? s.height : 60), 0);
      expect(height).toBe(total);
    }
  });

  it("is empty for an empty page", () => {
    expect(bodySlots([], 0)).toEqual([]);
  });
});

describe("keepIndex", () => {
  it("adds the focused row to the window, in order", () => {
    expect(keepIndex([10, 11, 12], 3, 1000)).toEqual([3, 10, 11, 12]);
    expect(keepIndex([10, 11, 12], 900, 1000)).toEqual([10, 11, 12, 900]);
  });

  it("changes nothing when the row is already rendered, absent or gone", () => {
    expect(keepIndex([10, 11, 12], 11, 1000)).toEqual([10, 11, 12]);
    expect(keepIndex([10, 11, 12], null, 1000)).toEqual([10, 11, 12]);
    expect(keepIndex([0, 1], 60, 50)).toEqual([0, 1]);
  });
});
