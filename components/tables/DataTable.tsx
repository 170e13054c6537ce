"use client";

import {
  FlexRender,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type Row,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, useTransition, type FocusEvent, type ReactNode } from "react";
import { DEFAULT_PAGE_SIZE, firstValues, formatSortParam, hrefWith, pageForSize, parseSortParam } from "@/lib/tables/url-state";
import { bodySlots, keepIndex } from "@/lib/tables/virtual-rows";
import { TablePager } from "./TablePager";

export interface DataTableColumnMeta {
  align?: "left" | "right" | "center";
  // Extra classes for the column's cells and header. The table lays out its
  // columns from the header (table-fixed), so widths go here: a column's
  // width must not follow whichever rows happen to be rendered.
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
  // A typical row's height in px: the scrollbar's first guess, corrected as
  // rows are measured.
  estimateRowHeight: number;
  // The narrowest the table may get before it scrolls sideways.
  minWidthClassName: string;
}

const ALIGN = { left: "text-left", right: "text-right", center: "text-center" } as const;

// Rows rendered beyond each edge of the visible window: enough that Tab
// from the last visible link lands on a rendered row, which scrolls into
// view and brings the next ones with it.
const OVERSCAN = 8;
// The server has no window to measure: it renders the rows a typical
// screen shows, and the browser takes over from its real size.
const SERVER_VIEWPORT = { width: 1200, height: 720 };

export function DataTable<TData extends RowData>({
  caption,
  columns,
  data,
  getRowId,
  total,
  page,
  pageSize,
  sort,
  empty,
  estimateRowHeight,
  minWidthClassName,
}: DataTableProps<TData>) {
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

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row holding keyboard focus, by id: it stays rendered while it is
  // scrolled away (keepIndex), and a new page forgets it by itself.
  const [focusedRowId, setFocusedRowId] = useState<string | null>(null);
  const focusedIndex = useMemo(() => {
    if (focusedRowId === null) return null;
    const index = rows.findIndex((row) => row.id === focusedRowId);
    return index < 0 ? null : index;
  }, [rows, focusedRowId]);

  // The virtualiser re-renders this component itself when the visible range
  // changes; nothing here is memoised by a compiler (it is not enabled).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    // Measured heights belong to a row, not to a position on the page.
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
    initialRect: SERVER_VIEWPORT,
    rangeExtractor: (range) => keepIndex(defaultRangeExtractor(range), focusedIndex, range.count),
  });

  // Another page, order or filter starts at its first row. Keyed on the URL,
  // not on the data, so a refresh of the same view keeps the reader's place.
  const view = searchParams.toString();
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [view]);

  const onBodyFocus = useCallback((event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("tr[data-row-id]");
    setFocusedRowId(row?.dataset.rowId ?? null);
  }, []);
  const onBodyBlur = useCallback((event: FocusEvent<HTMLTableSectionElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedRowId(null);
  }, []);

  const slots = bodySlots(virtualizer.getVirtualItems(), virtualizer.getTotalSize());
  const columnCount = table.getAllLeafColumns().length;
  // aria-rowindex counts from the header row (1) across the whole filtered
  // view, so a screen reader says "row 1,052 of 101,251" on page 2 of 1,000.
  const firstRowIndex = (page - 1) * pageSize + 2;
  const visible = virtualizer.range;
  const inView =
    visible && (visible.startIndex > 0 || visible.endIndex < rows.length - 1)
      ? { first: firstRowIndex - 1 + visible.startIndex, last: firstRowIndex - 1 + visible.endIndex }
      : null;

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* The scroll box: a fixed window onto the page's rows, with the
          header held at its top. Only the rows in view (and a few either
          side) are in the document; spacer rows keep the scrollbar true.
          Focusable and named, so a keyboard can scroll it too. Positioned,
          so the rows' absolutely placed screen-reader text is clipped with
          them instead of stretching the page by the rows' scroll height.
          inline-size containment: a wide table scrolls inside its card
          instead of stretching the page past the window. */}
      <div
        ref={scrollRef}
        role="region"
        aria-label={caption}
        tabIndex={0}
        data-testid="table-scroll"
        className="relative max-h-[calc(100dvh-10rem)] overflow-auto rounded-t-lg [contain:inline-size] focus-visible:outline-offset-[-2px]"
      >
        <table
          className={`w-full table-fixed border-collapse text-sm ${minWidthClassName} ${pending ? "opacity-60" : ""}`}
          aria-busy={pending}
          aria-rowcount={total + 1}
        >
          <caption className="sr-only">{caption}</caption>
          <thead className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
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
                      // Sticky cells, not a sticky <thead>: the bottom rule is a
                      // shadow because collapsed borders do not travel with them.
                      className={`sticky top-0 z-10 bg-slate-50 px-2 py-2.5 shadow-[inset_0_-1px_0_var(--color-slate-200)] ${align} ${meta?.className ?? ""}`}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 text-left uppercase tracking-wide hover:text-slate-900"
                        >
                          <FlexRender header={header} />
                          <SortMark direction={sorted} />
                        </button>
                      ) : (
                        <FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody onFocus={onBodyFocus} onBlur={onBodyBlur}>
            {slots.map((slot) => {
              if (slot.kind === "spacer") {
                return (
                  <tr key={slot.key} aria-hidden="true">
                    <td colSpan={columnCount} className="p-0" style={{ height: slot.height }} />
                  </tr>
                );
              }
              const row = rows[slot.index];
              return row ? <DataRow key={row.id} row={row} index={slot.index} ariaRowIndex={firstRowIndex + slot.index} measure={virtualizer.measureElement} /> : null;
            })}
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
        inView={inView}
        hrefForPageSize={(size) =>
          hrefWith(pathname, params, { pageSize: size === DEFAULT_PAGE_SIZE ? null : String(size), page: String(pageForSize(page, pageSize, size)) })
        }
      />
    </div>
  );
}

// Memoised: a scroll re-renders the table with a new window, and only the
// rows entering it should render; the rest keep their elements.
const DataRow = memo(function DataRow<TData extends RowData>({
  row,
  index,
  ariaRowIndex,
  measure,
}: {
  row: Row<typeof dataTableFeatures, TData>;
  index: number;
  ariaRowIndex: number;
  measure: (node: HTMLTableRowElement | null) => void;
}) {
  return (
    <tr ref={measure} data-index={index} data-row-id={row.id} aria-rowindex={ariaRowIndex} className="border-b border-slate-100 hover:bg-slate-50">
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const className = `px-2 py-2.5 align-top ${ALIGN[meta?.align ?? "left"]} ${meta?.className ?? ""}`;
        return meta?.rowHeader ? (
          <th key={cell.id} scope="row" className={`font-normal ${className}`}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={className}>
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}) as <TData extends RowData>(props: {
  row: Row<typeof dataTableFeatures, TData>;
  index: number;
  ariaRowIndex: number;
  measure: (node: HTMLTableRowElement | null) => void;
}) => ReactNode;

function SortMark({ direction }: { direction: false | "asc" | "desc" }) {
  // Decorative: the header's aria-sort already tells assistive technology.
  return (
    <span aria-hidden="true" className={direction ? "text-brand-700" : "text-slate-300"}>
      {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
    </span>
  );
}
