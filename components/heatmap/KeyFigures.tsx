import { formatCount } from "@/lib/format/numbers";
import { DateText } from "@/components/ui/Dates";
import { StatCard } from "@/components/ui/StatCard";
import { formatValue } from "@/lib/charts/spec";
import type { RiskOverview } from "@/lib/server/views/risk-overview";

const count = formatCount;

// The four numbers an executive asks first, for the date on screen.
export function KeyFigures({ overview }: { overview: RiskOverview }) {
  const { retiringSoon, bench } = overview;
  return (
    <section aria-label="Key figures" className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
      <div data-testid="retiring-soon">
        <StatCard
          label="Retiring soon"
          value={count(retiringSoon.count)}
          hint={
            <>
              seat holders retiring by <DateText value={retiringSoon.until} /> ({retiringSoon.horizonMonths} months ahead, overdue included)
            </>
          }
        />
      </div>
      <StatCard label="High-risk positions" value={count(overview.highRisk)} hint={`risk 60 or more, of ${count(retiringSoon.seats)} positions`} />
      <StatCard
        label="Bench strength"
        value={formatValue(bench.coveredPct, "percent")}
        hint={`of ${count(bench.criticalPositions)} critical seats have a ready-now successor`}
      />
      <StatCard label="Effective bench" value={formatValue(bench.effectiveCoveredPct, "percent")} hint="each successor counted for one seat only" />
    </section>
  );
}
