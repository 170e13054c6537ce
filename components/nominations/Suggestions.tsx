import Link from "next/link";
import { FIT_PARTS } from "@/lib/domain/suggestions";
import { FIT_PART_LABELS } from "@/lib/labels";
import type { Suggestion } from "@/lib/server/views/suggestions";

// Successor suggestions: the fit and every part behind it, so the score is
// never a black box. A missing assessment reads "missing", not a low number.

const points = (p: number | null) => (p === null ? "missing" : p > 0 ? `+${p.toFixed(1)}` : p.toFixed(1));

export function SuggestionsTable({ rows, pickHref }: { rows: Suggestion[]; pickHref: (employeeId: string) => string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">Nobody you may name is at this level or up to two rungs below and not already on the slate.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="suggestions">
        <caption className="sr-only">Suggested successors with the parts of their fit score</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left align-bottom text-slate-700">
            <th scope="col" className="py-1.5 pr-3 font-semibold">Person</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-semibold">Fit</th>
            {FIT_PARTS.map((p) => (
              <th key={p} scope="col" className="py-1.5 pr-3 text-right text-xs font-medium">{FIT_PART_LABELS[p]}</th>
            ))}
            <th scope="col" className="py-1.5"><span className="sr-only">Nominate</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.employeeId} className="border-b border-slate-100">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium text-slate-900">
                {r.name} <span className="font-normal text-slate-600">({r.employeeId}, {r.level})</span>
              </th>
              <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">{r.fit.toFixed(1)}</td>
              {FIT_PARTS.map((p) => (
                <td key={p} className={`py-1.5 pr-3 text-right tabular-nums ${r.parts[p] === null ? "italic text-slate-500" : (r.parts[p] ?? 0) < 0 ? "text-red-800" : ""}`}>
                  {points(r.parts[p])}
                </td>
              ))}
              <td className="py-1.5 text-right">
                <Link href={pickHref(r.employeeId)} className="whitespace-nowrap font-medium text-brand-700 hover:underline" aria-label={`Nominate ${r.name}`}>
                  Nominate
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Beside the nominate form: why the picked person was suggested.
export function SuggestionParts({ row }: { row: Suggestion }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="suggestion-parts">
      <p className="font-medium text-slate-900">
        Suggested with a fit of {row.fit.toFixed(1)}, made of:
      </p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-4 gap-y-0.5">
        {FIT_PARTS.map((p) => (
          <div key={p} className="contents">
            <dt className="text-slate-700">{FIT_PART_LABELS[p]}</dt>
            <dd className={`text-right tabular-nums ${row.parts[p] === null ? "italic text-slate-500" : ""}`}>{points(row.parts[p])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
