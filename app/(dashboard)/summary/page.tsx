import type { Metadata } from "next";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { AsOfControl } from "@/components/heatmap/AsOfControl";
import { HeatmapGrid } from "@/components/heatmap/HeatmapGrid";
import { KeyFigures } from "@/components/heatmap/KeyFigures";
import { HeatmapLegend } from "@/components/heatmap/HeatmapLegend";
import { PrintButton } from "@/components/summary/PrintButton";
import { ThresholdList } from "@/components/summary/ThresholdList";
import { TopPositionsTable } from "@/components/summary/TopPositionsTable";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { lookAheadOptions } from "@/lib/charts/as-of";
import { scopeFor } from "@/lib/server/access";
import { resolveAsOf } from "@/lib/server/as-of";
import { getDb } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { findExecutiveSummary } from "@/lib/server/summary";
import "./print.css";

export const metadata: Metadata = { title: "Executive summary" };

export default async function SummaryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const db = getDb();
  const scope = await scopeFor(db, user);
  const { asOf, today } = resolveAsOf((await searchParams).asOf);
  const summary = await findExecutiveSummary({ db, scope, asOf });
  const { overview } = summary;
  const whose = scope.kind === "subtree" ? "Your reporting line" : "Whole organization";

  return (
    <article className="executive-summary max-w-5xl space-y-8" aria-labelledby="summary-title">
      <header className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="summary-title" className="text-2xl font-bold text-slate-900">
              Succession risk: executive summary
            </h1>
            <p className="mt-1 text-slate-600">
              {whose} · as of <strong className="font-semibold text-slate-900">{asOf}</strong> · prepared {today}
            </p>
          </div>
          <PrintButton />
        </div>
        <AsOfControl options={lookAheadOptions(today)} asOf={asOf} basePath="/summary" />
        <AsOfBanner asOf={asOf} today={today} />
      </header>

      <KeyFigures overview={overview} />

      <section aria-labelledby="top-title" className="space-y-3">
        <h2 id="top-title" className="text-lg font-semibold text-slate-900">
          Ten most exposed positions
        </h2>
        <TopPositionsTable rows={summary.top} />
      </section>

      <section aria-labelledby="heatmap-title" className="print-break-before space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="heatmap-title" className="text-lg font-semibold text-slate-900">
            Risk by division and level
          </h2>
          <HeatmapLegend />
        </div>
        <HeatmapGrid grid={overview.grid} caption={`Position risk by division and level, as of ${asOf}`} expandable={false} />
      </section>

      <section aria-labelledby="funnel-section" className="space-y-3">
        <h2 id="funnel-section" className="text-lg font-semibold text-slate-900">
          Leadership pipeline
        </h2>
        <ChartFigure
          id="summary-funnel"
          title="Pipeline by transition"
          caption="Openings (seats with high vacancy risk) against people ready to step up, at each step of the ladder."
          spec={summary.funnel}
          numbersOpen
          height="h-56"
        />
      </section>

      <section aria-labelledby="rules-title" className="space-y-3">
        <h2 id="rules-title" className="text-lg font-semibold text-slate-900">
          Thresholds used
        </h2>
        <ThresholdList settings={summary.settings} />
      </section>
    </article>
  );
}
