"use client";

import Link from "next/link";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { DataTable, type DataTableColumn } from "@/components/tables/DataTable";
import { ROLE_LABELS } from "@/lib/navigation";
import type { UserAccountRow } from "@/lib/server/views/users";
import { DateTimeText } from "@/components/ui/Dates";
import { profileHref } from "@/lib/links";

const none = <span className="text-slate-500">—</span>;

// Column ids are the server's sort keys (lib/schemas/users.ts).
const COLUMNS: DataTableColumn<UserAccountRow>[] = [
  {
    id: "email",
    accessorFn: (r) => r.email,
    header: "Email",
    meta: { rowHeader: true },
    cell: ({ row: { original: r } }) => (
      <Link href={`/admin/users/${r.id}`} className="font-medium break-words text-brand-700 hover:underline">
        {r.email}
      </Link>
    ),
  },
  { id: "name", accessorFn: (r) => r.name, header: "Name", meta: { className: "w-40" }, cell: ({ row: { original: r } }) => r.name ?? none },
  { id: "role", accessorFn: (r) => r.role, header: "Role", meta: { className: "w-32" }, cell: ({ row: { original: r } }) => ROLE_LABELS[r.role] },
  {
    id: "person",
    header: "Linked person",
    enableSorting: false,
    meta: { className: "w-44" },
    cell: ({ row: { original: r } }) =>
      r.personId ? (
        <div>
          <Link href={profileHref(r.personId)} className="text-slate-800 hover:underline">
            {r.personName ?? r.personId}
          </Link>
          <div className="font-mono text-xs text-slate-500">{r.personId}</div>
        </div>
      ) : (
        none
      ),
  },
  {
    id: "active",
    header: "Status",
    enableSorting: false,
    meta: { className: "w-28" },
    cell: ({ row: { original: r } }) => (r.active ? <ToneBadge tone="good">Active</ToneBadge> : <ToneBadge tone="neutral">Deactivated</ToneBadge>),
  },
  {
    id: "lastSignInAt",
    accessorFn: (r) => r.lastSignInAt,
    header: "Last sign-in",
    sortDescFirst: true,
    meta: { className: "w-44" },
    cell: ({ row: { original: r } }) => <span className="tabular-nums"><DateTimeText value={r.lastSignInAt} missing="Never" /></span>,
  },
  {
    id: "sessions",
    accessorFn: (r) => r.liveSessions,
    header: "Sessions",
    sortDescFirst: true,
    meta: { align: "right", className: "w-24" },
    cell: ({ row: { original: r } }) => <span className="tabular-nums">{r.liveSessions}</span>,
  },
];

export function UserTable({ rows, total, page, pageSize, sort }: { rows: UserAccountRow[]; total: number; page: number; pageSize: number; sort: string }) {
  return (
    <DataTable
      caption="User accounts with their role, linked person, status, last sign-in and open sessions"
      columns={COLUMNS}
      data={rows}
      getRowId={(r) => String(r.id)}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={sort}
      estimateRowHeight={56}
      minWidthClassName="min-w-[60rem]"
      empty={<p className="font-medium text-slate-900">No accounts yet.</p>}
    />
  );
}
