"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/tables/DataTable";
import { formatScore } from "@/lib/format/numbers";
import { ASSESSMENT_STATUS_LABELS } from "@/lib/labels";
import type { TeamRow } from "@/lib/server/views/team";
import { profileHref } from "@/lib/links";

const score = (value: number | null) => (value === null ? <span className="text-slate-400">—</span> : <span className="tabular-nums">{formatScore(value)}</span>);
const yesNo = (value: boolean | null, yes: string, no: string) =>
  value === null ? <span className="text-slate-400">no seat</span> : value ? yes : <span className="font-medium text-amber-700">{no}</span>;

function AssessmentCell({ row }: { row: TeamRow }) {
  const label = ASSESSMENT_STATUS_LABELS[row.assessment ?? "none"];
  const tone = row.assessment === "submitted" ? "text-emerald-700" : row.assessment === "draft" ? "text-amber-700" : "text-slate-600";
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
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

// Sortable columns have an id that is a sort key of lib/schemas/team.ts; the
// server sorts and pages (lib/team/table.ts), TanStack turns clicks into URLs.
const COLUMNS: DataTableColumn<TeamRow>[] = [
  {
    id: "name",
    accessorFn: (r) => r.name,
    header: "Person",
    meta: { rowHeader: true },
    cell: ({ row: { original: r } }) => (
      <div>
        <Link href={profileHref(r.employeeId)} className="font-medium text-brand-700 hover:underline">
          {r.name}
        </Link>
        <div className="font-mono text-xs text-slate-500">{r.employeeId}</div>
      </div>
    ),
  },
  { id: "title", accessorFn: (r) => r.title, header: "Title", meta: { className: "w-48" }, cell: ({ row: { original: r } }) => r.title },
  { id: "mgmtScore", accessorFn: (r) => r.mgmtScore, header: "Manage", sortDescFirst: true, meta: { align: "right", className: "w-24" }, cell: ({ row: { original: r } }) => score(r.mgmtScore) },
  { id: "leadScore", accessorFn: (r) => r.leadScore, header: "Lead", sortDescFirst: true, meta: { align: "right", className: "w-20" }, cell: ({ row: { original: r } }) => score(r.leadScore) },
  {
    id: "signals",
    header: "Signals",
    enableSorting: false,
    meta: { className: "w-32" },
    cell: ({ row: { original: r } }) =>
      r.stuck || r.retiringSoon ? (
        <span className="flex flex-col text-xs font-medium">
          {r.stuck ? <span className="text-red-700">Stuck</span> : null}
          {r.retiringSoon ? <span className="text-amber-700">Retiring soon</span> : null}
        </span>
      ) : (
        <span className="text-slate-400">—</span>
      ),
  },
  {
    id: "successor",
    header: "Approved successor",
    enableSorting: false,
    meta: { className: "w-28" },
    cell: ({ row: { original: r } }) => yesNo(r.seatHasApprovedSuccessor, "Yes", "None"),
  },
  { id: "assessment", accessorFn: (r) => r.assessment, header: "Open cycle", meta: { className: "w-64" }, cell: ({ row: { original: r } }) => <AssessmentCell row={r} /> },
];

export function TeamTable({ rows, total, page, pageSize, sort, filtered }: { rows: TeamRow[]; total: number; page: number; pageSize: number; sort: string; filtered: boolean }) {
  return (
    <DataTable
      caption="Team: scores, signals, successors and the open cycle's assessment"
      columns={COLUMNS}
      data={rows}
      getRowId={(r) => r.employeeId}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={sort}
      estimateRowHeight={56}
      minWidthClassName="min-w-[60rem]"
      empty={<p className="font-medium text-slate-900">{filtered ? "Nobody matches these filters. Loosen a filter or clear them all." : "Nobody to show."}</p>}
    />
  );
}
