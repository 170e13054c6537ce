import Link from "next/link";
import { useId } from "react";
import { formatCount } from "@/lib/format/numbers";
import { PAGE_SIZES, pageWindow } from "@/lib/tables/url-state";

interface TablePagerProps {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  hrefFor: (page: number) => string;
  hrefForPageSize: (pageSize: number) => string;
  // Rows shown in the scroll box, counted like the range, when the page is
  // taller than the box: where a reader is in a long page.
  inView: { first: number; last: number } | null;
}

// Pages are links, not buttons: each page of a view has its own URL, opens
// in a new tab and survives a reload.
export function TablePager({ page, pageSize, total, pageCount, canPrevious, canNext, hrefFor, hrefForPageSize, inView }: TablePagerProps) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass = "rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100";
  const disabledClass = "rounded-md px-2.5 py-1 text-sm text-slate-500";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <p className="text-sm text-slate-600" data-testid="table-range">
          {total === 0 ? "No rows" : `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
        </p>
        {inView ? (
          <p className="text-sm text-slate-500" data-testid="rows-in-view">
            {formatCount(inView.first)}–{formatCount(inView.last)} in view
          </p>
        ) : null}
        {total > PAGE_SIZES[0] ? <PageSizeLinks pageSize={pageSize} hrefFor={hrefForPageSize} /> : null}
      </div>
      {pageCount > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          <li>
            {canPrevious ? (
              <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
                ← Previous
              </Link>
            ) : (
              <span className={disabledClass}>← Previous</span>
            )}
          </li>
          {pageWindow(page, pageCount).map((p, i) =>
            p === null ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
                …
              </li>
            ) : (
              <li key={p}>
                <Link
                  href={hrefFor(p)}
                  aria-current={p === page ? "page" : undefined}
                  aria-label={`Page ${p}`}
                  className={p === page ? "rounded-md bg-brand-600 px-2.5 py-1 text-sm font-semibold text-white" : linkClass}
                >
                  {p}
                </Link>
              </li>
            ),
          )}
          <li>
            {canNext ? (
              <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
                Next →
              </Link>
            ) : (
              <span className={disabledClass}>Next →</span>
            )}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}

// Rows per page, as links: the size is part of the URL like the rest of the
// view. Switching keeps the first row of the current page in view.
function PageSizeLinks({ pageSize, hrefFor }: { pageSize: number; hrefFor: (pageSize: number) => string }) {
  const labelId = useId();
  return (
    <div className="flex items-center gap-1 text-sm text-slate-600" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="mr-1">
        Rows per page
      </span>
      {PAGE_SIZES.map((size) =>
        size === pageSize ? (
          <span key={size} aria-current="true" className="rounded-md bg-slate-200 px-2 py-0.5 font-semibold text-slate-900">
            {formatCount(size)}
          </span>
        ) : (
          <Link key={size} href={hrefFor(size)} className="rounded-md px-2 py-0.5 font-medium text-brand-700 hover:bg-slate-100">
            {formatCount(size)}
          </Link>
        ),
      )}
    </div>
  );
}
