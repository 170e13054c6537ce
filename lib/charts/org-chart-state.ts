// What the org chart holds in the browser: the boxes fetched so far and, per
// open seat, which of its children are loaded. Pure, so the merging rules
// (pages, then a search path that pins a seat from further down) are tested.

export interface LoadedChildren {
  ids: string[];
  total: number;
  nextOffset: number | null; // where "Show more" continues; null when all are loaded
}

export interface ChildrenPageLike {
  parentId: string;
  boxes: readonly { positionId: string }[];
  total: number;
  nextOffset: number | null;
}

// "more" continues the paging; "path" adds a search path's page, which may
// carry one seat from beyond the first page: the cursor of what was already
// loaded is kept, and the pinned seat is not loaded twice when paging reaches it.
export function mergeChildren(existing: LoadedChildren | undefined, page: ChildrenPageLike, mode: "more" | "path"): LoadedChildren {
  const ids = existing ? [...existing.ids] : [];
  const seen = new Set(ids);
  for (const box of page.boxes) {
    if (!seen.has(box.positionId)) {
      seen.add(box.positionId);
      ids.push(box.positionId);
    }
  }
  const nextOffset = mode === "path" && existing ? existing.nextOffset : page.nextOffset;
  return { ids, total: page.total, nextOffset };
}

export function remaining(children: LoadedChildren): number {
  return Math.max(0, children.total - children.ids.length);
}
