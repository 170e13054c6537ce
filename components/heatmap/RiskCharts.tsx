import { DateText } from "@/components/ui/Dates";
import { ChartFigure } from "@/components/charts/ChartFigure";
import type { RiskCharts as Charts } from "@/lib/server/views/trends";

// The five charts under the heatmap. Receives the pending data, so the grid
// above renders while the trend's per-cycle snapshots are still computing.
export async function RiskCharts({ charts, asOf, horizonMonths }: { charts: Promise<Charts>; asOf: string; horizonMonths: number }) {
  const { wave, funnel, bench, stuck, trend } = await charts;
  return (
    <section aria-labelledby="charts-title" className="space-y-4">
      <h2 id="charts-title" className="text-lg font-semibold text-slate-900">
        Pipeline and retirement
      </h2>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2 print:grid-cols-2">
        <ChartFigure
          id="retirement-wave"
          title="Retirement wave"
          caption={<>Seat holders whose retirement date falls in each of the next five years from <DateText value={asOf} />, and how many of those seats already have an approved ready-now successor.</>}
          spec={wave}
        />
        <ChartFigure
          id="pipeline-funnel"
          title="Pipeline by transition"
          caption={`Openings (seats at the target level with high vacancy risk within ${horizonMonths} months) against people ready to step up (potential and the relevant score at the threshold).`}
          spec={funnel}
        />
        <ChartFigure
          id="bench-strength"
          title="Bench strength by division"
          caption="Share of critical seats with an approved ready-now successor. Effective counts a person named for several seats once."
          spec={bench}
        />
        <ChartFigure
          id="stuck-in-management"
          title="Stuck in management by division"
          caption="People in leadership roles who still spend their time on management work (leadership time or leadership score below the thresholds)."
          spec={stuck}
        />
        <ChartFigure
          id="bench-trend"
          wide
          title="Bench strength over two years"
          caption="Bench strength at the end of each of the last 24 months, at each talent-review cycle and at the date shown, each read from the plan as it stood that day. Its table of numbers also counts the critical seats and each flag on every date."
          spec={trend}
        />
      </div>
    </section>
  );
}

export function RiskChartsSkeleton() {
  return (
    <div className="grid animate-pulse grid-cols-1 gap-6 xl:grid-cols-2" aria-busy="true" aria-label="Loading charts">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-80 rounded-lg bg-slate-200" />
      ))}
    </div>
  );
}
