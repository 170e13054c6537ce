import { formatScore } from "@/lib/format/numbers";
import Link from "next/link";
import type { TeamRow } from "@/lib/server/views/team";

const score = (value: number | null) => (value === null ? <span className="text-slate-400">—</span> : formatScore(value));
const yesNo = (value: boolean | null, yes: string, no: string) =>
  value === null ? <span className="text-slate-400">no seat</span> : value ? yes : <span className="font-medium text-amber-700">{no}</span>;

function AssessmentCell({ row }: { row: TeamRow }) {
  const label = row.assessment === "submitted" ? "Assessed" : row.assessment === "draft" ? "Draft" : "Not assessed";
  const tone = row.assessment === "submitted" ? "text-emerald-700" : row.assessment === "draft" ? "text-amber-700" : "text-slate-600";
  return (
    <span className="flex items-center gap-3">
      <span className={tone} data-testid="assessment-status">
        {label}
      </span>
      {row.assessable ? (
        <Link href={`/team/${encodeURIComponent(row.employeeId)}/assess`} className="text-brand-700 hover:underline">
          Assess<span className="sr-only"> {row.name}</span>
        </Link>
      ) : null}
      {row.assessable ? (
        <Link href={`/team/${encodeURIComponent(row.employeeId)}/develop`} className="text-brand-700 hover:underline">
          Plan development<span className="sr-only"> for {row.name}</span>
        </Link>
      ) : null}
    </span>
  );
}

// Plain server-rendered table: a team is tens of rows, HR's list is capped.
export function TeamTable({ rows }: { rows: TeamRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm" aria-label="Team">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Person</th>
            <th scope="col" className="px-3 py-2 font-medium">Manage</th>
            <th scope="col" className="px-3 py-2 font-medium">Lead</th>
            <th scope="col" className="px-3 py-2 font-medium">Stuck</th>
            <th scope="col" className="px-3 py-2 font-medium">Retiring soon</th>
            <th scope="col" className="px-3 py-2 font-medium">Approved successor</th>
            <th scope="col" className="px-3 py-2 font-medium">Open cycle</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.employeeId} data-employee-id={row.employeeId}>
              <td className="px-3 py-2">
                <Link href={`/people/${encodeURIComponent(row.employeeId)}`} className="font-medium text-slate-900 hover:underline">
                  {row.name}
                </Link>
                <div className="text-xs text-slate-500">
                  {row.employeeId} · {row.title}
                </div>
              </td>
              <td className="px-3 py-2 tabular-nums">{score(row.mgmtScore)}</td>
              <td className="px-3 py-2 tabular-nums">{score(row.leadScore)}</td>
              <td className="px-3 py-2">{row.stuck ? <span className="font-medium text-red-700">Stuck</span> : "—"}</td>
              <td className="px-3 py-2">{row.retiringSoon ? <span className="font-medium text-amber-700">Yes</span> : "—"}</td>
              <td className="px-3 py-2">{yesNo(row.seatHasApprovedSuccessor, "Yes", "None")}</td>
              <td className="px-3 py-2">
                <AssessmentCell row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
