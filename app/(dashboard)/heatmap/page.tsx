import type { Metadata } from "next";
import { Suspense } from "react";
import { AsOfControl } from "@/components/heatmap/AsOfControl";
import { HeatmapGrid } from "@/components/heatmap/HeatmapGrid";
import { HeatmapLegend } from "@/components/heatmap/HeatmapLegend";
import { KeyFigures } from "@/components/heatmap/KeyFigures";
import { RiskCharts, RiskChartsSkeleton } from "@/components/heatmap/RiskCharts";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { lookAheadOptions } from "@/lib/charts/as-of";
import { scopeFor } from "@/lib/server/access";
import { resolveAsOf } from "@/lib/server/as-of";
import { getDb } from "@/lib/server/db";
import { findRiskOverview } from "@/lib/server/risk-overview";
import { requireUser } from "@/lib/server/session";
import { findRiskCharts } from "@/lib/server/trends";

export const metadata: Metadata = { title: "Risk heatmap" };

export default async function HeatmapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const db = getDb();
  const scope = await scopeFor(db, user);
  const { asOf, today, rejected } = resolveAsOf((await searchParams).asOf);
  const overview = await findRiskOverview({ db, scope, asOf });
  const charts = findRiskCharts({ db, scope, asOf });

  return (
    <div className="max-w-6xl space-y-8">
      <header className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Risk heatmap</h1>
          <p className="mt-1 max-w-3xl text-slate-600">
            {scope.kind === "subtree" ? "Your reporting line" : "The whole organization"}, by org unit and level, as of{" "}
            <strong className="font-semibold text-slate-900">{asOf}</strong>. Each cell is coloured by the mean risk of its positions and opens the
            positions behind it.
          </p>
          {rejected ? (
            <p role="status" className="mt-2 text-sm text-amber-800">
              “{rejected}” is not a date (YYYY-MM-DD); showing today instead.
            </p>
          ) : null}
        </div>
        <AsOfControl options={lookAheadOptions(today)} asOf={asOf} basePath="/heatmap" />
        <AsOfBanner asOf={asOf} today={today} />
      </header>

      <KeyFigures overview={overview} />

      <section aria-labelledby="heatmap-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="heatmap-title" className="text-lg font-semibold text-slate-900">
            Risk by unit and level
          </h2>
          <HeatmapLegend />
        </div>
        <p className="text-sm text-slate-600">
          In each cell: mean risk, positions, positions at high risk (60 or more), and positions without an approved ready-now successor. Open a division to
          see its departments.
        </p>
        <HeatmapGrid grid={overview.grid} caption={`Position risk by org unit and level, as of ${asOf}`} />
      </section>

      <Suspense fallback={<RiskChartsSkeleton />}>
        <RiskCharts charts={charts} asOf={asOf} horizonMonths={overview.retiringSoon.horizonMonths} />
      </Suspense>
    </div>
  );
}
