import type { HeatmapCellChange, ScenarioFigures } from "@/lib/domain";
import { formatUnitPath } from "@/lib/format/units";
import type { ScenarioCellChange } from "@/lib/server/views/scenario-page";
import { RISK_CLASSES, riskClassIndex } from "@/lib/charts/heatmap-scale";
import { formatPercent } from "@/lib/format/numbers";
import { BENCH_LABELS, FLAG_LABELS } from "@/lib/labels";

// The gap report's figures and the heatmap cells the scenario changes,
// before and after, side by side.


function figureRows(f: ScenarioFigures): [string, string][] {
  return [
    ["Seats at high risk", String(f.highRiskSeats)],
    ["Vacant seats", String(f.vacantSeats)],
    ["Bench strength: critical seats with a ready-now successor", formatPercent(f.benchStrength.coveredPct)],
    ["Effective bench strength", formatPercent(f.benchStrength.effectiveCoveredPct)],
    ...(Object.entries(f.flags).map(([flag, n]) => [FLAG_LABELS[flag as keyof typeof FLAG_LABELS] ?? flag, String(n)]) as [string, string][]),
    ...(Object.entries(f.bench).map(([b, n]) => [`Seats with ${BENCH_LABELS[b as keyof typeof BENCH_LABELS].toLowerCase()}`, String(n)]) as [string, string][]),
  ];
}

export function FiguresTable({ before, after }: { before: ScenarioFigures; after: ScenarioFigures }) {
  const b = figureRows(before);
  const a = figureRows(after);
  return (
    <table className="w-full max-w-3xl text-sm" data-testid="scenario-figures">
      <caption className="sr-only">The gap report before and after the scenario</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-700">
          <th scope="col" className="py-1.5 pr-4 font-semibold">Figure</th>
          <th scope="col" className="py-1.5 pr-4 text-right font-semibold">Before</th>
          <th scope="col" className="py-1.5 pr-4 text-right font-semibold">After</th>
        </tr>
      </thead>
      <tbody>
        {b.map(([label, value], i) => {
          const changed = a[i]![1] !== value;
          return (
            <tr key={label} className={`border-b border-slate-100 ${changed ? "bg-amber-50 font-medium" : ""}`}>
              <th scope="row" className="py-1.5 pr-4 text-left font-normal text-slate-800">{label}</th>
              <td className="py-1.5 pr-4 text-right whitespace-nowrap tabular-nums">{value}</td>
              <td className="py-1.5 pr-4 text-right whitespace-nowrap tabular-nums">
                {a[i]![1]}
                {changed ? <span className="sr-only"> (changed)</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Cell({ cell }: { cell: HeatmapCellChange["before"] }) {
  const index = riskClassIndex(cell.meanRisk);
  const risk = index === null ? undefined : RISK_CLASSES[index];
  return (
    <div className="min-w-32 rounded px-2.5 py-1.5 leading-tight" style={risk ? { background: risk.background, color: risk.foreground } : undefined}>
      <span className="block text-base font-bold tabular-nums">{cell.meanRisk === null ? "—" : cell.meanRisk.toFixed(1)}</span>
      <span className="block text-xs tabular-nums">
        {cell.highRisk} high risk · {cell.noReadySuccessor} no ready-now
      </span>
    </div>
  );
}

// The organization's and the divisions' cells first; the departments' and
// teams' below, folded, each named by its path.
export function HeatmapChanges({ changes }: { changes: ScenarioCellChange[] }) {
  if (changes.length === 0) return <p className="text-slate-600">No cell of the heatmap changes.</p>;
  const headline = changes.filter((c) => c.depth <= 1);
  const deeper = changes.filter((c) => c.depth > 1);
  return (
    <div className="space-y-3">
      {headline.length > 0 ? <CellTable changes={headline} caption="Heatmap cells of the organization and its divisions that change, before and after" testId="scenario-heatmap" /> : null}
      {deeper.length > 0 ? (
        <details className="rounded-md border border-slate-200 bg-white p-3" data-testid="scenario-heatmap-deeper">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            {headline.length > 0 ? `${deeper.length} more cell${deeper.length === 1 ? "" : "s"} in departments and teams` : `${deeper.length} cell${deeper.length === 1 ? "" : "s"} in departments and teams`}
          </summary>
          <CellTable changes={deeper} caption="Heatmap cells of departments and teams that change, before and after" withPath />
        </details>
      ) : null}
    </div>
  );
}

function CellTable({ changes, caption, testId, withPath = false }: { changes: ScenarioCellChange[]; caption: string; testId?: string; withPath?: boolean }) {
  return (
    <table className="border-separate border-spacing-1 text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-left text-slate-700">
          <th scope="col" className="px-2 font-semibold">Org unit</th>
          <th scope="col" className="px-2 font-semibold">Level</th>
          <th scope="col" className="px-2 font-semibold">Before</th>
          <th scope="col" className="px-2 font-semibold">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.orgUnitId ?? ""}|${c.level}`}>
            <th scope="row" className="px-2 text-left font-medium text-slate-900">
              {c.orgUnitName ?? "Whole organization"}
              {withPath && c.orgUnitPath ? <span className="block text-xs font-normal text-slate-500">{formatUnitPath(c.orgUnitPath)}</span> : null}
            </th>
            <td className="px-2 text-slate-700">{c.level}</td>
            <td><Cell cell={c.before} /></td>
            <td><Cell cell={c.after} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
