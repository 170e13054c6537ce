import { formatCount, formatRisk } from "@/lib/format/numbers";
import Link from "next/link";
import type { HeatmapCellView } from "@/lib/charts/heatmap-grid";
import { RISK_CLASSES } from "@/lib/charts/heatmap-scale";

const count = formatCount;

// One cell: the colour is the mean risk, and the numbers are printed too so
// the grid reads without colour (WCAG 1.4.1) and in a black-and-white printout.
export function HeatmapCellLink({ cell, context }: { cell: HeatmapCellView; context: string }) {
  const risk = cell.riskClass === null ? undefined : RISK_CLASSES[cell.riskClass];
  if (!risk || cell.href === null) {
    return (
      <span className="flex h-full min-h-20 items-center justify-center rounded border border-dashed border-slate-300 text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{context}: no positions</span>
      </span>
    );
  }
  return (
    <Link
      href={cell.href}
      // Dozens of cells in view: prefetching each filtered gap report would compute them all.
      prefetch={false}
      data-testid="heatmap-cell"
      className="heatmap-cell block h-full min-h-20 rounded px-2.5 py-2 leading-tight ring-brand-700 hover:ring-2 focus-visible:ring-2"
      style={{ background: risk.background, color: risk.foreground }}
    >
      <span className="sr-only">{context}: </span>
      <span className="block text-lg font-bold tabular-nums">
        {cell.meanRisk === null ? null : formatRisk(cell.meanRisk)}
        <span className="sr-only"> mean risk,</span>
      </span>
      <span className="block text-xs tabular-nums">{count(cell.positions)} position{cell.positions === 1 ? "" : "s"}</span>
      <span className="block text-xs tabular-nums">{count(cell.highRisk)} high risk</span>
      <span className="block text-xs tabular-nums">{count(cell.noReadySuccessor)} no ready-now</span>
    </Link>
  );
}
