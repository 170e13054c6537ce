"use client";

import Link from "next/link";
import type { DirectoryRow } from "@/lib/people/directory";
import { formatScore } from "@/lib/format/numbers";
import { DataTable, type DataTableColumn } from "@/components/tables/DataTable";
import { OrgUnitFilterLink } from "@/components/tables/FilterLink";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { profileHref } from "@/lib/links";


function Score({ value }: { value: number | null }) {
  return value === null ? (
    <span className="text-slate-500" title="Not assessed">
      —
    </span>
  ) : (
    <span className="tabular-nums">{formatScore(value)}</span>
  );
}

// Sortable columns have an accessor and an id that is a server sort key
// (lib/schemas/people.ts); TanStack only turns them into sort requests.
// Widths are fixed (see DataTableColumnMeta) except the name's.
const COLUMNS: DataTableColumn<DirectoryRow>[] = [
  {
    id: "name",
    accessorFn: (r) => r.name,
    header: "Name",
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
  { id: "title", accessorFn: (r) => r.title, header: "Title", meta: { className: "w-44" }, cell: ({ row: { original: r } }) => r.title },
  {
    id: "orgUnitPath",
    accessorFn: (r) => r.orgUnitPath,
    header: "Org unit",
    meta: { className: "w-48" },
    cell: ({ row: { original: r } }) => <OrgUnitFilterLink path={r.orgUnitPath} />,
  },
  { id: "level", accessorFn: (r) => r.level, header: "Level", meta: { className: "w-[4.5rem]" }, cell: ({ row: { original: r } }) => r.level },
  {
    id: "manager",
    accessorFn: (r) => r.managerName,
    header: "Manager",
    meta: { className: "w-36" },
    cell: ({ row: { original: r } }) =>
      r.managerEmployeeId ? (
        <Link href={profileHref(r.managerEmployeeId)} className="text-slate-700 hover:underline">
          {r.managerName ?? r.managerEmployeeId}
        </Link>
      ) : (
        <span className="text-slate-500">—</span>
      ),
  },
  { id: "mgmtScore", accessorFn: (r) => r.mgmtScore, header: "Manage", sortDescFirst: true, meta: { align: "right", className: "w-24" }, cell: ({ row: { original: r } }) => <Score value={r.mgmtScore} /> },
  { id: "leadScore", accessorFn: (r) => r.leadScore, header: "Lead", sortDescFirst: true, meta: { align: "right", className: "w-20" }, cell: ({ row: { original: r } }) => <Score value={r.leadScore} /> },
  {
    id: "status",
    header: "Signals",
    enableSorting: false,
    meta: { className: "w-40" },
    cell: ({ row: { original: r } }) =>
      r.stuck || r.retiringSoon ? (
        <span className="flex flex-wrap gap-1">
          {r.stuck ? <ToneBadge tone="caution">Stuck in management</ToneBadge> : null}
          {r.retiringSoon ? <ToneBadge tone="warning">Retiring soon</ToneBadge> : null}
        </span>
      ) : (
        <span className="text-slate-500">—</span>
      ),
  },
];

export function PeopleTable({ rows, total, page, pageSize, sort, filtered }: { rows: DirectoryRow[]; total: number; page: number; pageSize: number; sort: string; filtered: boolean }) {
  return (
    <DataTable
      caption="People with their unit, level, manager, management and leadership scores, and signals"
      columns={COLUMNS}
      data={rows}
      getRowId={(r) => r.employeeId}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={sort}
      estimateRowHeight={56}
      minWidthClassName="min-w-[66rem]"
      empty={
        <p className="font-medium text-slate-900">
          {filtered ? "Nobody matches these filters. Loosen a filter or clear them all." : "There is nobody to show here yet."}
        </p>
      }
    />
  );
}
