import Link from "next/link";
import { slateHref } from "@/lib/links";
import { RISK_CLASSES, riskClassIndex } from "@/lib/charts/heatmap-scale";
import { BENCH_LABELS, FLAG_LABELS, VACANCY_LABELS } from "@/lib/labels";
import type { ExposedPosition } from "@/lib/server/views/summary";
import { formatUnitPath } from "@/lib/format/units";

// The most exposed seats. Only what the server's projection left in the rows
// is shown: no retirement dates for an executive.
export function TopPositionsTable({ rows }: { rows: ExposedPosition[] }) {
  if (rows.length === 0) return <p className="text-slate-600">No positions in view.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="top-positions">
        <caption className="sr-only">The ten most exposed positions: risk weighed by seniority and criticality</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="py-2 pr-2 text-right font-semibold">
              Risk
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              Position
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              Incumbent
            </th>
            <th scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
              Vacancy risk
            </th>
            <th scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
              Successors
              <span className="block text-xs font-normal text-slate-600">now / 1–2 y / 3+ y</span>
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              Flags
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const scale = RISK_CLASSES[riskClassIndex(row.risk) ?? 0];
            return (
              <tr key={row.positionId} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-2 text-right">
                  <span className="risk-chip inline-block min-w-9 rounded px-1.5 py-0.5 text-center font-semibold tabular-nums" style={{ background: scale?.background, color: scale?.foreground }}>
                    {row.risk}
                  </span>
                </td>
                <th scope="row" className="px-2 py-2 text-left font-normal">
                  <Link href={slateHref(row.positionId)} prefetch={false} className="block font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-brand-700">
                    {row.title}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {row.level} · {formatUnitPath(row.orgUnitPath)} · <span className="whitespace-nowrap">{row.positionId}</span>
                    {row.critical ? " · critical" : ""}
                  </span>
                </th>
                <td className="px-2 py-2 text-slate-800">{row.incumbentName ?? <span className="font-medium text-amber-800">Vacant</span>}</td>
                <td className="px-2 py-2 text-slate-800">{VACANCY_LABELS[row.vacancyRisk]}</td>
                <td className="px-2 py-2 tabular-nums text-slate-800">
                  {row.successors.readyNow} / {row.successors.readyIn1to2Years} / {row.successors.readyIn3PlusYears}
                  <span className="block text-xs text-slate-600">{BENCH_LABELS[row.benchStrength]}</span>
                </td>
                <td className="px-2 py-2 text-slate-800">{row.flags.length === 0 ? "—" : row.flags.map((f) => FLAG_LABELS[f]).join(", ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
