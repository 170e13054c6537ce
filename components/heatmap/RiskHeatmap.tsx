import { DateText } from "@/components/ui/Dates";
import { Suspense } from "react";
import { AsOfControl } from "@/components/heatmap/AsOfControl";
import { HeatmapSection } from "@/components/heatmap/HeatmapSection";
import { KeyFigures } from "@/components/heatmap/KeyFigures";
import { RiskCharts, RiskChartsSkeleton } from "@/components/heatmap/RiskCharts";
import { lookAheadOptions } from "@/lib/charts/as-of";
import type { Viewer } from "@/lib/server/access/viewer";
import type { RiskOverview } from "@/lib/server/views/risk-overview";
import type { RiskCharts as RiskChartSpecs } from "@/lib/server/views/trends";

export interface RiskHeatmapProps {
  viewer: Viewer;
  overview: RiskOverview;
  // Streams in below the grid.
  charts: Promise<RiskChartSpecs>;
}

export function RiskHeatmap({ viewer, overview, charts }: RiskHeatmapProps) {
  const { asOf, today, rejectedAsOf: rejected, scope } = viewer;
  return (
    <div className="max-w-6xl space-y-8">
      <header className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Risk heatmap</h1>
          <p className="mt-1 max-w-3xl text-slate-600">
            {scope.kind === "subtree" ? "Your reporting line" : "The whole organization"}, by org unit and level, as of{" "}
            <strong className="font-semibold text-slate-900"><DateText value={asOf} /></strong>. Each cell is coloured by the mean risk of its positions and opens the
            positions behind it.
          </p>
          {rejected ? (
            <p role="status" className="mt-2 text-sm text-amber-800">
              “{rejected}” is not a date (YYYY-MM-DD); showing today instead.
            </p>
          ) : null}
        </div>
        <AsOfControl options={lookAheadOptions(today)} asOf={asOf} basePath="/heatmap" />
      </header>

      <KeyFigures overview={overview} />

      <HeatmapSection title="Risk by unit and level" grid={overview.grid} caption={<>Position risk by org unit and level, as of <DateText value={asOf} /></>}>
        <p className="text-sm text-slate-600">
          In each cell: mean risk, positions, positions at high risk (60 or more), and positions without an approved ready-now successor. Open a division to
          see its departments.
        </p>
      </HeatmapSection>

      <Suspense fallback={<RiskChartsSkeleton />}>
        <RiskCharts charts={charts} asOf={asOf} horizonMonths={overview.retiringSoon.horizonMonths} />
      </Suspense>
    </div>
  );
}
