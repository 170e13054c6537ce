import { StatCard } from "@/components/ui/StatCard";
import { GAP_FLAGS } from "@/lib/domain/flags";
import { BENCH_LABELS, FLAG_LABELS } from "@/lib/labels";
import { formatCount } from "@/lib/format/numbers";
import type { PlanComparisonView } from "@/lib/server/views/plan-snapshots";

const SEATS_SHOWN = 500;

// What changed between two plans: the headline counts, each flag gained
// and lost, and the seats that moved, naming who entered or left a slate.
export function ComparisonView({ view }: { view: PlanComparisonView }) {
  const { comparison: c, names } = view;
  const people = (ids: string[]) => ids.map((id) => names[id] ?? id).join(", ");
  const bench = (b: keyof typeof BENCH_LABELS | null) => (b === null ? "not a seat" : BENCH_LABELS[b]);
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Gained a ready-now successor" value={formatCount(c.gainedReadyNow.length)} hint="seats" />
        <StatCard label="Lost their ready-now successor" value={formatCount(c.lostReadyNow.length)} hint="seats" />
        <StatCard label="Bench strength changed" value={formatCount(c.benchChanged.length)} hint="seats" />
        <StatCard label="People entering / leaving slates" value={`${formatCount(c.entered)} / ${formatCount(c.left)}`} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="px-4 py-2 text-left font-semibold text-slate-900">Flags gained and lost</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Flag</th>
              <th scope="col" className="px-4 py-2 text-right">Seats gaining it</th>
              <th scope="col" className="px-4 py-2 text-right">Seats losing it</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {GAP_FLAGS.map((flag) => (
              <tr key={flag}>
                <th scope="row" className="px-4 py-2 text-left font-medium">{FLAG_LABELS[flag]}</th>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(c.flags[flag].gained.length)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatCount(c.flags[flag].lost.length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="changed-seats">
          <caption className="px-4 py-2 text-left font-semibold text-slate-900">
            Seats that changed ({formatCount(c.seats.length)}
            {c.seats.length > SEATS_SHOWN ? `, the first ${SEATS_SHOWN} shown` : ""})
          </caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Position</th>
              <th scope="col" className="px-4 py-2">Ready now</th>
              <th scope="col" className="px-4 py-2">Bench</th>
              <th scope="col" className="px-4 py-2">Flags</th>
              <th scope="col" className="px-4 py-2">Slate</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {c.seats.slice(0, SEATS_SHOWN).map((s) => (
              <tr key={s.positionId} className="align-top">
                <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">
                  {s.title} <span className="block font-mono text-xs text-slate-500">{s.positionId}</span>
                </th>
                <td className="px-4 py-2 tabular-nums whitespace-nowrap">
                  {s.readyNow.from} → {s.readyNow.to}
                </td>
                <td className="px-4 py-2 whitespace-nowrap">
                  {s.bench.from === s.bench.to ? bench(s.bench.to) : `${bench(s.bench.from)} → ${bench(s.bench.to)}`}
                </td>
                <td className="px-4 py-2">
                  {s.flagsGained.map((f) => (
                    <span key={f} className="block text-red-800">+ {FLAG_LABELS[f]}</span>
                  ))}
                  {s.flagsLost.map((f) => (
                    <span key={f} className="block text-emerald-800">− {FLAG_LABELS[f]}</span>
                  ))}
                </td>
                <td className="px-4 py-2">
                  {s.entered.length > 0 ? <span className="block">Entered: {people(s.entered)}</span> : null}
                  {s.left.length > 0 ? <span className="block">Left: {people(s.left)}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
