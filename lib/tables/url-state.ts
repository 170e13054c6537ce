// Table state lives in the URL (filters, sort, page), so a view can be
// bookmarked, shared and reloaded. These helpers read and write it; they are
// shared by the server pages (parsing) and the client table (links).

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

// Next hands repeated keys over as arrays; our filters are single-valued, so
// the first value wins. Empty values mean "no filter", as an emptied form
// field submits them.
export function firstValues(params: SearchParamsRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== "") out[key] = first;
  }
  return out;
}

// A link to the same view with some parameters changed (null removes one).
// Any change other than the page itself starts again at page 1: page 7 of
// the old filter means nothing under the new one.
export function hrefWith(pathname: string, params: Readonly<Record<string, string>>, changes: Readonly<Record<string, string | null>>): string {
  const next = new URLSearchParams();
  const resetsPage = Object.keys(changes).some((key) => key !== "page");
  for (const [key, value] of Object.entries(params)) {
    if (key in changes || (resetsPage && key === "page")) continue;
    next.set(key, value);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== null && value !== "") next.set(key, value);
  }
  if (next.get("page") === "1") next.delete("page");
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}

// Rows per page the tables offer. 50 keeps a page light on a phone; 1,000
// lets HR scroll a large slice, which the virtualised table renders cheaply
// (components/tables/DataTable.tsx). The API accepts any size up to the max.
export const PAGE_SIZES = [50, 200, 1000] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

// The page that holds the first row of the current page under another page
// size, so switching sizes keeps the rows in front of the reader.
export function pageForSize(page: number, fromSize: number, toSize: number): number {
  return Math.floor(((page - 1) * fromSize) / toSize) + 1;
}

export interface SortState {
  id: string;
  desc: boolean;
}

// "-risk" is risk, highest first: the same convention as the API's `sort`.
export function parseSortParam(sort: string): SortState {
  return sort.startsWith("-") ? { id: sort.slice(1), desc: true } : { id: sort, desc: false };
}

export function formatSortParam(sort: SortState): string {
  return sort.desc ? `-${sort.id}` : sort.id;
}

// Page numbers to offer around the current one: first, last, and two either
// side, with null where a run of pages is skipped.
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= 2) pages.push(p);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

// A path segment as typed: a stray "%" in a hand-typed URL is "no such
// person", not a crash.
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
