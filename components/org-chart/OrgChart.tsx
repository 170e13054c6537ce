"use client";

import { useCallback, useEffect, useState } from "react";
import { mergeChildren, type LoadedChildren } from "@/lib/charts/org-chart-state";
import type { OrgBox, OrgChartStart, OrgChildrenPage, OrgSearchMatch } from "@/lib/server/views/org-chart";
import { fetchChildren, fetchPath } from "./api";
import { OrgSeatList, type OrgTreeState } from "./OrgNode";
import { OrgSearch } from "./OrgSearch";

function boxesOf(pages: readonly OrgChildrenPage[], extra: readonly OrgBox[] = []): Record<string, OrgBox> {
  const boxes: Record<string, OrgBox> = {};
  for (const box of extra) boxes[box.positionId] = box;
  for (const page of pages) for (const box of page.boxes) boxes[box.positionId] = box;
  return boxes;
}

// The chart holds only what has been opened: boxes arrive a page of children
// at a time from the server, which scopes every answer to the viewer.
export function OrgChart({ start }: { start: OrgChartStart }) {
  const { asOf } = start;
  const [boxes, setBoxes] = useState(() => boxesOf(start.pages, start.roots));
  const [children, setChildren] = useState<Record<string, LoadedChildren>>(() =>
    Object.fromEntries(start.pages.map((p) => [p.parentId, mergeChildren(undefined, p, "more")])),
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(start.pages.map((p) => p.parentId)));
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [highlight, setHighlight] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const addPages = useCallback((pages: readonly OrgChildrenPage[], mode: "more" | "path") => {
    setBoxes((current) => ({ ...current, ...boxesOf(pages) }));
    setChildren((current) => {
      const next = { ...current };
      for (const page of pages) next[page.parentId] = mergeChildren(next[page.parentId], page, mode);
      return next;
    });
  }, []);

  const load = useCallback(
    async (id: string, offset: number) => {
      setBusy((b) => new Set(b).add(id));
      try {
        addPages([await fetchChildren(id, asOf, offset)], "more");
      } catch (error) {
        setStatus(`Could not load the seats below: ${error instanceof Error ? error.message : "unknown error"}`);
      } finally {
        setBusy((b) => {
          const next = new Set(b);
          next.delete(id);
          return next;
        });
      }
    },
    [addPages, asOf],
  );

  const toggle = useCallback(
    (id: string) => {
      const opening = !open.has(id);
      setOpen((current) => {
        const next = new Set(current);
        if (opening) next.add(id);
        else next.delete(id);
        return next;
      });
      if (opening && !children[id]) void load(id, 0);
    },
    [children, load, open],
  );

  const reveal = useCallback(
    async (match: OrgSearchMatch) => {
      try {
        const found = await fetchPath(match.positionId, asOf);
        addPages(found.pages, "path");
        setOpen((current) => new Set([...current, ...found.path.slice(0, -1)]));
        setHighlight(match.positionId);
        setStatus(`Showing ${match.name}, ${match.title}: ${found.path.length - 1} level${found.path.length === 2 ? "" : "s"} below the top.`);
      } catch (error) {
        setStatus(`Could not open the way to ${match.name}: ${error instanceof Error ? error.message : "unknown error"}`);
      }
    },
    [addPages, asOf],
  );

  // Bring the found seat into view and move focus to it, once it is rendered.
  useEffect(() => {
    if (!highlight) return;
    const element = document.querySelector<HTMLElement>(`[data-position-id="${CSS.escape(highlight)}"]`);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  }, [highlight, boxes, open]);

  const tree: OrgTreeState = { boxes, children, open, busy, highlight, toggle, load };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <OrgSearch asOf={asOf} onPick={(m) => void reveal(m)} onStatus={setStatus} />
        <button
          type="button"
          onClick={() => {
            setOpen(new Set());
            setHighlight(null);
          }}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          Collapse all
        </button>
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {status}
      </p>
      {start.roots.length === 0 ? (
        <p className="text-slate-600">There are no seats in your view.</p>
      ) : (
        <OrgSeatList ids={start.roots.map((r) => r.positionId)} tree={tree} />
      )}
    </div>
  );
}
