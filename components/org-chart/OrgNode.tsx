"use client";

import { formatCount } from "@/lib/format/numbers";
import { useId } from "react";
import { remaining, type LoadedChildren } from "@/lib/charts/org-chart-state";
import type { OrgBox } from "@/lib/server/views/org-chart";
import { OrgBoxCard } from "./OrgBoxCard";

export interface OrgTreeState {
  boxes: Readonly<Record<string, OrgBox>>;
  children: Readonly<Record<string, LoadedChildren>>;
  open: ReadonlySet<string>;
  busy: ReadonlySet<string>;
  highlight: string | null;
  toggle: (id: string) => void;
  load: (id: string, offset: number) => Promise<void>;
}

const count = formatCount;

// Siblings share a wrapping grid, so a wide, flat team takes a few rows, not
// a long column. An open seat takes the whole row, with its own seats below
// it, indented. Only open seats render their children.
export function OrgSeatList({ ids, tree }: { ids: readonly string[]; tree: OrgTreeState }) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-2">
      {ids.map((id) => {
        const open = tree.open.has(id) && (tree.boxes[id]?.childCount ?? 0) > 0;
        return (
          <li key={id} className={open ? "col-span-full" : undefined}>
            <OrgNode id={id} tree={tree} />
          </li>
        );
      })}
    </ul>
  );
}

function OrgNode({ id, tree }: { id: string; tree: OrgTreeState }) {
  const regionId = useId();
  const box = tree.boxes[id];
  if (!box) return null;
  if (box.childCount === 0) return <OrgBoxCard box={box} highlighted={tree.highlight === id} />;

  const isOpen = tree.open.has(id);
  const kids = tree.children[id];
  const more = kids ? remaining(kids) : 0;
  const toggle = (
    <button
      type="button"
      aria-expanded={isOpen}
      aria-controls={isOpen ? regionId : undefined}
      onClick={() => tree.toggle(id)}
      className="mt-auto flex items-center gap-1.5 self-start rounded pt-1 text-xs font-semibold text-brand-700 hover:underline"
    >
      <span aria-hidden="true" className={`inline-block transition-transform ${isOpen ? "rotate-90" : ""}`}>
        ▶
      </span>
      {count(box.childCount)} direct report{box.childCount === 1 ? "" : "s"}
      {box.descendantCount > box.childCount ? ` · ${count(box.descendantCount)} in all` : ""}
    </button>
  );
  if (!isOpen) {
    return (
      <OrgBoxCard box={box} highlighted={tree.highlight === id}>
        {toggle}
      </OrgBoxCard>
    );
  }
  return (
    <div>
      <div className="max-w-sm">
        <OrgBoxCard box={box} highlighted={tree.highlight === id}>
          {toggle}
        </OrgBoxCard>
      </div>
      <div id={regionId} className="mt-2 ml-3 space-y-2 border-l-2 border-slate-300 pl-4">
        {kids ? <OrgSeatList ids={kids.ids} tree={tree} /> : <p className="text-sm text-slate-600">Loading…</p>}
        {kids && kids.nextOffset !== null && more > 0 ? (
          <button
            type="button"
            disabled={tree.busy.has(id)}
            onClick={() => void tree.load(id, kids.nextOffset ?? 0)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
          >
            {tree.busy.has(id) ? "Loading…" : `Show more (${count(more)} not shown)`}
          </button>
        ) : null}
      </div>
    </div>
  );
}
