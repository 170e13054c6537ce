import Link from "next/link";
import { GAP_FLAGS, type GapFlag } from "@/lib/domain";
import { FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_TONES, type Tone } from "@/lib/labels";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import type { GapsSummary } from "@/lib/server/views/gaps-summary";
import { hrefWith } from "@/lib/tables/url-state";

const DOT: Record<Tone, string> = {
  critical: "bg-red-600",
  warning: "bg-amber-500",
  caution: "bg-violet-600",
  info: "bg-sky-600",
  good: "bg-emerald-600",
  neutral: "bg-slate-400",
};

function Tile({ label, value, hint, testId }: { label: string; value: string; hint: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>
      <p className="mt-1 text-xs text-slate-600">{hint}</p>
    </div>
  );
}

// The exposure of everything the viewer may see, whatever the table's
// filters; each flag count is also the quickest way to filter by it.
export function GapSummary({ summary, params, activeFlag }: { summary: GapsSummary; params: Record<string, string>; activeFlag: GapFlag | undefined }) {
  const { bench } = summary;
  return (
    <section aria-labelledby="gap-summary-heading" className="mt-6">
      <h2 id="gap-summary-heading" className="sr-only">
        Summary
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Tile
          label="Bench strength"
          value={formatPercent(bench.coveredPct)}
          hint={`${formatCount(bench.coveredPositions)} of ${formatCount(bench.criticalPositions)} critical seats have someone ready now`}
          testId="tile-bench"
        />
        <Tile
          label="Effective bench strength"
          value={formatPercent(bench.effectiveCoveredPct)}
          hint={`${formatCount(bench.effectiveCoveredPositions)} seats coverable at once, each successor counted once`}
          testId="tile-effective-bench"
        />
        <Tile
          label="Retiring soon, nobody ready now"
          value={formatCount(summary.retiringWithoutReadyNow)}
          hint="incumbent retires within the horizon; no approved ready-now successor"
          testId="tile-retiring"
        />
        <Tile label="High-risk positions" value={formatCount(summary.highRisk)} hint={`risk 60 or more, of ${formatCount(summary.positions)} positions`} testId="tile-high-risk" />
      </div>
      <nav aria-label="Positions by flag" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {GAP_FLAGS.map((flag) => {
            const active = flag === activeFlag;
            return (
              <li key={flag}>
                <Link
                  href={hrefWith("/gaps", params, { flag: active ? null : flag })}
                  aria-current={active ? "true" : undefined}
                  title={FLAG_DESCRIPTIONS[flag]}
                  data-testid={`flag-count-${flag}`}
                  className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${
                    active ? "border-brand-600 bg-brand-50 font-semibold text-brand-900" : "border-slate-200 bg-white text-slate-700 hover:border-slate-300"
                  }`}
                >
                  <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[FLAG_TONES[flag]]}`} />
                  {FLAG_LABELS[flag]}
                  <span className="font-semibold tabular-nums">{formatCount(summary.flagCounts[flag])}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </section>
  );
}
