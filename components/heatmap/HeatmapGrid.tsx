"use client";

import { useState, type ReactNode } from "react";
import { cellView, visibleRows, type HeatmapGrid as Grid } from "@/lib/charts/heatmap-grid";
import { HeatmapCellLink } from "./HeatmapCellLink";

// The org unit × level grid. Divisions show; a division opens to its
// departments with a disclosure button (aria-expanded). Rows below a closed
// unit are not rendered at all.
export function HeatmapGrid({ grid, caption, expandable = true }: { grid: Grid; caption: ReactNode; expandable?: boolean }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[46rem] border-separate border-spacing-1 text-sm" data-testid="heatmap">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-52 px-2 pb-1 text-left align-bottom font-semibold text-slate-700">
              Org unit
            </th>
            {grid.levels.map((l) => (
              <th key={l.code} scope="col" className="px-2 pb-1 text-left align-bottom font-semibold text-slate-700">
                <span className="block">{l.code}</span>
                <span className="block text-xs font-normal text-slate-600">{l.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visibleRows(grid, open).map((row) => {
            const isOpen = row.id !== null && open.has(row.id);
            return (
              <tr key={row.id ?? "whole"} className={row.depth === 0 ? "heatmap-total" : undefined}>
                <th scope="row" className="px-2 py-1 text-left align-middle font-medium text-slate-900" style={{ paddingLeft: `${0.5 + Math.max(0, row.depth - 1) * 1.25}rem` }}>
                  {expandable && row.hasChildren && row.id !== null ? (
                    <button
                      type="button"
                      aria-expanded={isOpen}
                      onClick={() => toggle(row.id as string)}
                      className="flex items-center gap-1.5 rounded text-left hover:text-brand-700"
                    >
                      <span aria-hidden="true" className={`inline-block text-xs text-slate-500 transition-transform ${isOpen ? "rotate-90" : ""}`}>
                        ▶
                      </span>
                      {row.name}
                    </button>
                  ) : (
                    <span className={row.depth === 0 ? "font-semibold" : row.depth > 1 ? "text-slate-700" : undefined}>{row.name}</span>
                  )}
                </th>
                {grid.levels.map((level, index) => (
                  <td key={level.code} className="h-px p-0 align-top">
                    <HeatmapCellLink cell={cellView(grid, row, index)} context={`${row.name}, ${level.code} ${level.name}`} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
