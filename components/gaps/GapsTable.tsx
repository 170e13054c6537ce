"use client";

import { DateText } from "@/components/ui/Dates";
import Link from "next/link";
import { useMemo } from "react";
import { RETIREMENT_OVERDUE_DESCRIPTION, RETIREMENT_OVERDUE_LABEL, RETIREMENT_SOURCE_LABELS, VACANCY_LABELS, VACANCY_TONES } from "@/lib/labels";
import { profileHref, slateHref } from "@/lib/links";
import type { GapTableRow } from "@/lib/server/views/gaps";
import { DataTable, type DataTableColumn } from "@/components/tables/DataTable";
import { OrgUnitFilterLink } from "@/components/tables/FilterLink";
import { BenchBadge } from "./BenchBadge";
import { FlagBadges } from "./FlagBadges";
import { RiskBar } from "./RiskBar";
import { SuccessorCounts } from "./SuccessorCounts";
import { ToneBadge } from "./ToneBadge";

// Columns whose id is a server sort key (lib/schemas/api.ts POSITION_SORTS)
// have an accessor, which is what makes TanStack offer sorting; the others
// are display columns, because sorting one page alone would lie. The
// accessors are never used to sort here (manualSorting). Widths are fixed
// (see DataTableColumnMeta) except the flags', which take the rest: the
// wider they are, the fewer lines a row with several flags needs.
function gapColumns(showsRetirement: boolean, canOpenProfiles: boolean): DataTableColumn<GapTableRow>[] {
  const columns: DataTableColumn<GapTableRow>[] = [
    {
      id: "title",
      accessorFn: (r) => r.title,
      header: "Position",
      meta: { rowHeader: true, className: "w-[20%]" },
      cell: ({ row: { original: r } }) => (
        <div>
          <Link href={slateHref(r.positionId)} prefetch={false} className="font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-brand-700 hover:decoration-brand-600">
            {r.title}
          </Link>
          <div className="mt-0.5 flex items-center gap-1.5 text-xs text-slate-500">
            <span className="font-mono">{r.positionId}</span>
            {r.critical ? <ToneBadge tone="neutral">Critical</ToneBadge> : null}
          </div>
        </div>
      ),
    },
    {
      // Vacancy risk sits under the position risk it drives (risk = vacancy
      // × impact × lack of cover, docs/risk.md).
      id: "risk",
      accessorFn: (r) => r.risk,
      header: "Risk",
      sortDescFirst: true,
      meta: { align: "right", className: "w-[8.5rem] whitespace-nowrap" },
      cell: ({ row: { original: r } }) => (
        <div>
          <RiskBar risk={r.risk} />
          <div className="mt-1 text-xs text-slate-600">
            <ToneBadge tone={VACANCY_TONES[r.vacancyRisk]}>{VACANCY_LABELS[r.vacancyRisk]} vacancy risk</ToneBadge>
          </div>
        </div>
      ),
    },
    {
      // Retirement is the incumbent's, so it sits under their name; the
      // header sorts by it (the server's retirementDate sort).
      id: "retirementDate",
      accessorFn: (r) => r.retirementDate ?? null,
      header: showsRetirement ? "Incumbent · retires" : "Incumbent",
      enableSorting: showsRetirement,
      meta: { className: "w-36" },
      cell: ({ row: { original: r } }) => (
        <div>
          {r.incumbentEmployeeId === null ? (
            <span className="italic text-slate-500">Vacant</span>
          ) : canOpenProfiles ? (
            <Link href={profileHref(r.incumbentEmployeeId)} className="font-medium text-brand-700 hover:underline">
              {r.incumbentName ?? r.incumbentEmployeeId}
            </Link>
          ) : (
            <span>{r.incumbentName ?? r.incumbentEmployeeId}</span>
          )}
          {showsRetirement && r.retirementDate ? (
            <div className="mt-0.5 whitespace-nowrap text-xs text-slate-600">
              <DateText value={r.retirementDate} />
              {r.retirementSource ? <span className="text-slate-500"> · {RETIREMENT_SOURCE_LABELS[r.retirementSource]}</span> : null}
              {r.retirementOverdue ? (
                <span className="ml-1">
                  <ToneBadge tone="critical" title={RETIREMENT_OVERDUE_DESCRIPTION}>
                    {RETIREMENT_OVERDUE_LABEL}
                  </ToneBadge>
                </span>
              ) : null}
            </div>
          ) : null}
        </div>
      ),
    },
    { id: "level", accessorFn: (r) => r.level, header: "Level", meta: { className: "w-[4.5rem] whitespace-nowrap" }, cell: ({ row: { original: r } }) => r.level },
    {
      id: "orgUnitPath",
      accessorFn: (r) => r.orgUnitPath,
      header: "Org unit",
      meta: { className: "w-44" },
      cell: ({ row: { original: r } }) => <OrgUnitFilterLink path={r.orgUnitPath} />,
    },
    {
      id: "successors",
      header: "Successors · bench",
      enableSorting: false,
      meta: { className: "w-[9.5rem]" },
      cell: ({ row: { original: r } }) => (
        <div>
          <SuccessorCounts successors={r.successors} />
          <div className="mt-1">
            <BenchBadge bench={r.benchStrength} />
          </div>
        </div>
      ),
    },
    {
      id: "flags",
      header: "Flags",
      enableSorting: false,
      cell: ({ row: { original: r } }) => <FlagBadges flags={r.flags} />,
    },
  ];
  return columns;
}

export interface GapsTableProps {
  rows: GapTableRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  showsRetirement: boolean;
  canOpenProfiles: boolean;
  filtered: boolean;
}

export function GapsTable({ rows, total, page, pageSize, sort, showsRetirement, canOpenProfiles, filtered }: GapsTableProps) {
  const columns = useMemo(() => gapColumns(showsRetirement, canOpenProfiles), [showsRetirement, canOpenProfiles]);
  return (
    <DataTable
      caption="Positions with their incumbent, vacancy risk, successors, bench strength, gap flags and risk"
      columns={columns}
      data={rows}
      getRowId={(r) => r.positionId}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={sort}
      estimateRowHeight={64}
      minWidthClassName="min-w-[64rem]"
      empty={
        filtered ? (
          <>
            <p className="font-medium text-slate-900">No positions match these filters.</p>
            <p className="mt-1">Loosen a filter or clear them all.</p>
          </>
        ) : (
          <p className="font-medium text-slate-900">There are no positions to show yet. Import people and positions to see the gap report.</p>
        )
      }
    />
  );
}
