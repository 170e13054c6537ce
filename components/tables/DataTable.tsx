"use client";

import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useTransition, type ReactNode } from "react";
import { firstValues, formatSortParam, hrefWith, parseSortParam } from "@/lib/tables/url-state";
import { TablePager } from "./TablePager";

export interface DataTableColumnMeta {
  align?: "left" | "right" | "center";
  // Extra classes for the column's cells and header (widths, wrapping).
  className?: string;
  // This column's cells name the row for screen readers (<th scope="row">).
  rowHeader?: boolean;
}

// Sorting and paging are the server's job (manualSorting/manualPagination):
// the table holds only the page it was handed and turns header clicks and
// pager links into URL changes, which the server page answers.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: {} as DataTableColumnMeta,
});

export type DataTableColumn<TData extends RowData> = ColumnDef<typeof dataTableFeatures, TData>;

export interface DataTableProps<TData extends RowData> {
  caption: string;
  columns: DataTableColumn<TData>[];
  data: TData[];
  getRowId: (row: TData) => string;
  total: number;
  page: number; // 1-based
  pageSize: number;
  sort: string; // "-risk": the API's convention
  empty: ReactNode;
}

const ALIGN = { left: "text-left", right: "text-right", center: "text-center" } as const;

export function DataTable<TData extends RowData>({ caption, columns, data, getRowId, total, page, pageSize, sort, empty }: DataTableProps<TData>) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const params = useMemo(() => firstValues(Object.fromEntries(searchParams.entries())), [searchParams]);

  const sorting: SortingState = useMemo(() => [parseSortParam(sort)], [sort]);
  const pagination: PaginationState = useMemo(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);

  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === "function" ? updater(sorting) : updater;
    const first = next[0];
    if (!first) return;
    startTransition(() => router.push(hrefWith(pathname, params, { sort: formatSortParam(first) }), { scroll: false }));
  };

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting, pagination },
    onSortingChange,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    // A sortable table always has an order: clicking flips it, never clears it.
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* inline-size containment: a wide table scrolls inside its card
          instead of stretching the page past the window. */}
      <div className="overflow-x-auto [contain:inline-size]">
        <table className={`w-full border-collapse text-sm ${pending ? "opacity-60" : ""}`} aria-busy={pending}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const align = ALIGN[meta?.align ?? "left"];
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      colSpan={header.colSpan}
                      aria-sort={canSort ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}
                      className={`border-b border-slate-200 px-2 py-2.5 ${align} ${meta?.className ?? ""}`}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 text-left uppercase tracking-wide hover:text-slate-900"
                        >
                          <table.FlexRender header={header} />
                          <SortMark direction={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const className = `px-2 py-2.5 align-top ${ALIGN[meta?.align ?? "left"]} ${meta?.className ?? ""}`;
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" className={`font-normal ${className}`}>
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={className}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {data.length === 0 ? <div className="px-6 py-12 text-center text-slate-600">{empty}</div> : null}
      </div>
      <TablePager
        page={page}
        pageSize={pageSize}
        total={total}
        pageCount={table.getPageCount()}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        hrefFor={(p) => hrefWith(pathname, params, { page: String(p) })}
      />
    </div>
  );
}

function SortMark({ direction }: { direction: false | "asc" | "desc" }) {
  // Decorative: the header's aria-sort already tells assistive technology.
  return (
    <span aria-hidden="true" className={direction ? "text-brand-700" : "text-slate-300"}>
      {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
    </span>
  );
}
