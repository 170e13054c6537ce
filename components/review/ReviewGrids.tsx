import type { MatrixCell, NineBoxCell, ReviewPlacement } from "@/lib/review/grid";
import { profileHref } from "@/lib/links";

const MAX_NAMES = 8;

function Names({ people }: { people: ReviewPlacement[] }) {
  if (people.length === 0) return <p className="text-xs text-slate-500">Nobody</p>;
  return (
    <ul className="mt-1 space-y-0.5 text-xs">
      {people.slice(0, MAX_NAMES).map((p) => (
        <li key={p.assessmentId}>
          <a href={profileHref(p.employeeId)} className="text-brand-700 underline decoration-brand-600/40 hover:decoration-brand-700">
            {p.name}
          </a>
          {p.calibrated ? <span className="ml-1 text-slate-500">(calibrated)</span> : null}
        </li>
      ))}
      {people.length > MAX_NAMES ? <li className="text-slate-600">and {people.length - MAX_NAMES} more</li> : null}
    </ul>
  );
}

export function NineBox({ grid }: { grid: NineBoxCell[][] }) {
  return (
    <table className="w-full table-fixed border-separate border-spacing-1" aria-label="Nine-box: performance by potential">
      <thead>
        <tr>
          <th scope="col" className="w-24 text-left text-xs font-medium text-slate-600">
            Potential ↓ / Performance →
          </th>
          {["Low", "Medium", "High"].map((label) => (
            <th key={label} scope="col" className="text-xs font-medium text-slate-600">
              {label} performance
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.map((row, i) => (
          <tr key={i}>
            <th scope="row" className="text-left text-xs font-medium text-slate-600">
              {["High", "Medium", "Low"][i]} potential
            </th>
            {row.map((cell) => (
              <td key={`${cell.performance}-${cell.potential}`} className="h-40 rounded-md border border-slate-200 bg-white p-2 align-top">
                <p className="flex items-baseline justify-between gap-2">
                  <span className="min-w-0 text-sm font-semibold break-words hyphens-auto text-slate-800">{cell.name}</span>
                  <span className="text-lg font-bold tabular-nums" data-testid={`box-${cell.performance}-${cell.potential}`}>
                    {cell.count}
                  </span>
                </p>
                <Names people={cell.people} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ManageLeadMatrix({ cells, readyScoreMin }: { cells: MatrixCell[]; readyScoreMin: number }) {
  const tone: Record<MatrixCell["quadrant"], string> = {
    "manages-and-leads": "bg-emerald-50 border-emerald-200",
    "manager-not-yet-leader": "bg-amber-50 border-amber-200",
    "leads-more-than-manages": "bg-sky-50 border-sky-200",
    developing: "bg-white border-slate-200",
  };
  return (
    <div>
      <p className="text-sm text-slate-600">
        Split at the readiness bar of {readyScoreMin}: leadership score up, management score across.
      </p>
      <ul className="mt-2 grid grid-cols-2 gap-2" aria-label="Manage/lead matrix">
        {cells.map((cell) => (
          <li key={cell.quadrant} className={`min-h-40 rounded-md border p-3 ${tone[cell.quadrant]}`}>
            <p className="flex items-baseline justify-between">
              <span className="text-sm font-semibold text-slate-900">{cell.label}</span>
              <span className="text-lg font-bold tabular-nums" data-testid={`quadrant-${cell.quadrant}`}>
                {cell.count}
              </span>
            </p>
            <p className="text-xs text-slate-700">{cell.description}</p>
            <Names people={cell.people} />
          </li>
        ))}
      </ul>
    </div>
  );
}
