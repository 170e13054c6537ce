import { formatCount, formatPercent } from "@/lib/format/numbers";
import { DateText } from "@/components/ui/Dates";
import Link from "next/link";
import { StatCard } from "@/components/ui/StatCard";
import { HomeLeads } from "./HomeLeads";
import { GAP_FLAGS } from "@/lib/domain";
import { FLAG_DESCRIPTIONS, FLAG_LABELS } from "@/lib/labels";
import type { HomeView } from "@/lib/server/views/home";


export function HomeOverview({ view }: { view: HomeView }) {
  const { summary, health, asOf, scopeKind } = view;
  const whose = scopeKind === "subtree" ? "In your reporting line" : "Across the organization";
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold text-slate-900">Overview</h1>
      <p className="mt-1 text-slate-600">
        {whose}: the people Baton follows, the seats they fill, and the successor nominations in flight.
      </p>
      <section aria-label="Counts" className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="People" value={formatCount(summary.people)} hint={scopeKind === "subtree" ? "reporting to you, directly or not" : "active employees"} />
        <StatCard label="Positions" value={formatCount(summary.positions)} hint={`${formatCount(summary.vacantPositions)} vacant`} />
        <StatCard label="Critical positions" value={formatCount(summary.criticalPositions)} hint="marked critical by HR" />
        {summary.openNominations === null ? null : (
          <StatCard
            label="Open nominations"
            value={formatCount(summary.openNominations)}
            hint={scopeKind === "subtree" ? "your proposals awaiting HR" : "proposed, awaiting an HR decision"}
          />
        )}
      </section>

      <HomeLeads leads={view.leads} canDecide={view.summary.openNominations !== null} />

      <h2 className="mt-10 text-lg font-semibold text-slate-900">Pipeline health as of <DateText value={asOf} /></h2>
      <section aria-label="Pipeline health" className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {/* A manager's subtree rarely holds enough critical seats for a percentage to mean anything. */}
        {scopeKind === "organization" ? (
          <StatCard
            label="Bench strength"
            value={formatPercent(health.bench.coveredPct)}
            hint={`of ${formatCount(health.bench.criticalPositions)} critical seats have someone ready now; ${formatPercent(health.bench.effectiveCoveredPct)} counting each person once`}
          />
        ) : null}
        <StatCard
          label="Retiring soon, nobody ready"
          value={formatCount(health.retiringWithoutReadyNow)}
          hint="incumbents retiring within the horizon, with no ready-now successor"
        />
      </section>
      <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Positions by flag">
        {GAP_FLAGS.map((flag) => (
          <li key={flag}>
            <Link
              href={`/gaps?flag=${flag}`}
              title={FLAG_DESCRIPTIONS[flag]}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <span className="block text-2xl font-semibold tabular-nums">{formatCount(health.flagCounts[flag])}</span>
              <span className="text-sm text-slate-700">{FLAG_LABELS[flag]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
