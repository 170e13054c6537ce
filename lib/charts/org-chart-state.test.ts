import { describe, expect, it } from "vitest";
import { mergeChildren, remaining } from "./org-chart-state";

const page = (ids: string[], total: number, nextOffset: number | null) => ({ parentId: "P", boxes: ids.map((positionId) => ({ positionId })), total, nextOffset });

describe("org chart children in the browser", () => {
  it("appends pages and follows the server's cursor", () => {
    const first = mergeChildren(undefined, page(["a", "b"], 5, 2), "more");
    expect(first).toEqual({ ids: ["a", "b"], total: 5, nextOffset: 2 });
    expect(remaining(first)).toBe(3);
    const second = mergeChildren(first, page(["c", "d", "e"], 5, null), "more");
    expect(second).toEqual({ ids: ["a", "b", "c", "d", "e"], total: 5, nextOffset: null });
    expect(remaining(second)).toBe(0);
  });

  it("keeps the cursor when a search pins a seat from further down, and never duplicates it", () => {
    const loaded = mergeChildren(undefined, page(["a", "b"], 5, 2), "more");
    const pinned = mergeChildren(loaded, page(["a", "b", "e"], 5, 2), "path");
    expect(pinned).toEqual({ ids: ["a", "b", "e"], total: 5, nextOffset: 2 });
    expect(remaining(pinned)).toBe(2);
    expect(mergeChildren(pinned, page(["c", "d", "e"], 5, null), "more").ids).toEqual(["a", "b", "e", "c", "d"]);
  });

  it("starts from a path page when nothing was loaded", () => {
    expect(mergeChildren(undefined, page(["a", "z"], 300, 100), "path")).toEqual({ ids: ["a", "z"], total: 300, nextOffset: 100 });
  });
});
