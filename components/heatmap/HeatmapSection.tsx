import type { ReactNode } from "react";
import type { HeatmapGrid as Grid } from "@/lib/charts/heatmap-grid";
import { HeatmapGrid } from "./HeatmapGrid";
import { HeatmapLegend } from "./HeatmapLegend";

export interface HeatmapSectionProps {
  title: string;
  grid: Grid;
  caption: ReactNode;
  expandable?: boolean;
  className?: string;
  // What the cells mean, between the heading and the grid.
  children?: ReactNode;
}

// The risk grid under its heading and legend, as the heatmap and the summary show it.
export function HeatmapSection({ title, grid, caption, expandable, className = "", children }: HeatmapSectionProps) {
  return (
    <section aria-labelledby="heatmap-title" className={`${className} space-y-3`.trim()}>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="heatmap-title" className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <HeatmapLegend />
      </div>
      {children}
      <HeatmapGrid grid={grid} caption={caption} expandable={expandable} />
    </section>
  );
}
