import Link from "next/link";
import { DateText } from "@/components/ui/Dates";
import { Suspense } from "react";
import { AsOfControl } from "@/components/heatmap/AsOfControl";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { HeatmapSection } from "@/components/heatmap/HeatmapSection";
import { KeyFigures } from "@/components/heatmap/KeyFigures";
import { PrintButton } from "@/components/summary/PrintButton";
import { RiskCharts, RiskChartsSkeleton } from "@/components/heatmap/RiskCharts";
import { lookAheadOptions } from "@/lib/charts/as-of";
import { canPlayScenarios } from "@/lib/server/access/permissions";
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
    <article className="board-pack max-w-6xl space-y-8" aria-labelledby="heatmap-page-title">
      <header className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="heatmap-page-title" className="text-2xl font-bold text-slate-900">
              Risk heatmap
            </h1>
            <p className="mt-1 max-w-3xl text-slate-600">
              {scope.kind === "subtree" ? "Your reporting line" : "The whole organization"}, by org unit and level, as of{" "}
              <strong className="font-semibold text-slate-900">
                <DateText value={asOf} />
              </strong>. Each cell is coloured by the mean risk of its positions and opens the
              positions behind it.
            </p>
            {rejected ? (
              <p role="status" className="mt-2 text-sm text-amber-800">
                “{rejected}” is not a date (YYYY-MM-DD); showing today instead.
              </p>
            ) : null}
          </div>
          <PrintButton />
        </div>
        {canPlayScenarios(viewer) ? (
          <p>
            <Link href={asOf === today ? "/scenarios" : `/scenarios?asOf=${asOf}`} className="text-sm font-medium text-brand-700 hover:underline">
              What if someone leaves? Play a scenario and see which cells change →
            </Link>
          </p>
        ) : null}
        <AsOfControl options={lookAheadOptions(today)} asOf={asOf} basePath="/heatmap" />
        <AsOfBanner asOf={asOf} today={today} />
      </header>

      <KeyFigures overview={overview} />

      <HeatmapSection title="Risk by unit and level" grid={overview.grid} caption={<>Position risk by org unit and level, as of <DateText value={asOf} /></>}>
        <p className="text-sm text-slate-600">
          In each cell: mean risk, positions, positions at high risk (60 or more), and positions without an approved ready-now successor. Open a division to
          see its departments.
        </p>
      </HeatmapSection>

      <div className="print-break-before">
        <Suspense fallback={<RiskChartsSkeleton />}>
          <RiskCharts charts={charts} asOf={asOf} horizonMonths={overview.retiringSoon.horizonMonths} />
        </Suspense>
      </div>
    </article>
  );
}
