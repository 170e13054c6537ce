import { DateText } from "@/components/ui/Dates";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { AsOfControl } from "@/components/heatmap/AsOfControl";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { HeatmapSection } from "@/components/heatmap/HeatmapSection";
import { KeyFigures } from "@/components/heatmap/KeyFigures";
import { PrintButton } from "@/components/summary/PrintButton";
import { ThresholdList } from "@/components/summary/ThresholdList";
import { TopPositionsTable } from "@/components/summary/TopPositionsTable";
import { lookAheadOptions } from "@/lib/charts/as-of";
import { EXPOSURE_RANKING_NOTE } from "@/lib/labels";
import type { Viewer } from "@/lib/server/access/viewer";
import type { ExecutiveSummary } from "@/lib/server/views/summary";

// The brief, laid out for the screen and as a board pack (app/(dashboard)/print.css).
export function SummaryBrief({ viewer, summary }: { viewer: Viewer; summary: ExecutiveSummary }) {
  const { asOf, today } = viewer;
  const { overview } = summary;
  const whose = viewer.scope.kind === "subtree" ? "Your reporting line" : "Whole organization";

  return (
    <article className="board-pack max-w-5xl space-y-8" aria-labelledby="summary-title">
      <header className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="summary-title" className="text-2xl font-bold text-slate-900">
              Succession risk: executive summary
            </h1>
            <p className="mt-1 text-slate-600">
              {whose} · as of <strong className="font-semibold text-slate-900"><DateText value={asOf} /></strong> · prepared <DateText value={today} />
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
        <p className="text-sm text-slate-600">{EXPOSURE_RANKING_NOTE}</p>
        <TopPositionsTable rows={summary.top} />
      </section>

      <HeatmapSection
        title="Risk by division and level"
        grid={overview.grid}
        caption={<>Position risk by division and level, as of <DateText value={asOf} /></>}
        expandable={false}
        className="print-break-before"
      />

      <section aria-labelledby="funnel-section" className="print-break-before print-keep space-y-3">
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

      <section aria-labelledby="rules-title" className="print-keep space-y-3">
        <h2 id="rules-title" className="text-lg font-semibold text-slate-900">
          Thresholds used
        </h2>
        <ThresholdList settings={summary.settings} />
      </section>
    </article>
  );
}
