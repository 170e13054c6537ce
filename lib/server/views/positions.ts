import "server-only";
import type { GapRow } from "@/lib/domain";
import { riskBandOf } from "@/lib/gaps/risk-band";
import type { PositionsQuery } from "@/lib/schemas/api";
import { isInUnitSubtree, positionVisible, seesRetirement, visibleFlags, type Access } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import type { OrgState } from "@/lib/server/state/org-state";

// Executives see the exposure, not a named person's retirement plans.
export type VisibleGapRow = Omit<GapRow, "retirementDate" | "retirementSource"> &
  Partial<Pick<GapRow, "retirementDate" | "retirementSource">>;

export function projectGapRow(access: Access, row: GapRow): VisibleGapRow {
  const flags = visibleFlags(access, row);
  const visible = flags === row.flags ? row : { ...row, flags };
  if (!seesRetirement(access)) {
    const { retirementDate: _date, retirementSource: _source, ...rest } = visible;
    return rest;
  }
  return visible;
}

const compareText = (a: string | null, b: string | null) => (a ?? "\uffff").localeCompare(b ?? "\uffff");

const COMPARATORS: Record<string, (a: GapRow, b: GapRow) => number> = {
  risk: (a, b) => a.risk - b.risk || compareText(a.positionId, b.positionId),
  positionId: (a, b) => compareText(a.positionId, b.positionId),
  title: (a, b) => compareText(a.title, b.title) || compareText(a.positionId, b.positionId),
  level: (a, b) => compareText(a.level, b.level) || compareText(a.positionId, b.positionId),
  retirementDate: (a, b) => compareText(a.retirementDate, b.retirementDate) || compareText(a.positionId, b.positionId),
  orgUnitPath: (a, b) => compareText(a.orgUnitPath, b.orgUnitPath) || compareText(a.positionId, b.positionId),
};

function sortedRows(state: OrgState, sort: PositionsQuery["sort"]): Iterable<GapRow> {
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  const compare = COMPARATORS[key]!;
  return state.sorted(sort, descending ? (a, b) => compare(b, a) : compare);
}

// A search scans every seat; lower-casing three fields of 100,000 rows on
// each request took most of its time. The text is kept per row and per set
// of names: rows nobody changed are shared by the states after a change.
const searchTexts = new WeakMap<ReadonlyMap<string, string>, WeakMap<GapRow, string>>();
const FIELD_SEPARATOR = "\u0000"; // no query contains it, so none matches across fields

function searchTextOf(row: GapRow, names: ReadonlyMap<string, string>): string {
  let texts = searchTexts.get(names);
  if (!texts) searchTexts.set(names, (texts = new WeakMap()));
  let text = texts.get(row);
  if (text === undefined) {
    const name = row.incumbentEmployeeId ? (names.get(row.incumbentEmployeeId) ?? "") : "";
    texts.set(row, (text = [row.positionId, row.title, name].join(FIELD_SEPARATOR).toLowerCase()));
  }
  return text;
}

function matcher(access: Access, query: PositionsQuery, names: ReadonlyMap<string, string>) {
  const text = query.q?.toLowerCase().replaceAll(FIELD_SEPARATOR, "");
  return (row: GapRow) => {
    if (!positionVisible(access, row)) return false;
    if (query.flag && !visibleFlags(access, row).includes(query.flag)) return false;
    if (query.orgUnit && !isInUnitSubtree(row.orgUnitPath, query.orgUnit)) return false;
    if (query.level && row.level !== query.level) return false;
    if (query.critical !== undefined && row.critical !== query.critical) return false;
    if (query.riskBand && riskBandOf(row.risk) !== query.riskBand) return false;
    if (text && !searchTextOf(row, names).includes(text)) return false;
    return true;
  };
}

export interface PositionsPage {
  asOf: string;
  rows: VisibleGapRow[];
  page: number;
  pageSize: number;
  total: number;
}

export async function findPositions(viewer: Viewer, query: PositionsQuery): Promise<PositionsPage> {
  const state = await viewer.state();
  return { asOf: viewer.asOf, ...pageOfRows(viewer, { rows: sortedRows(state, query.sort), names: state.names, query }) };
}

// The comparator of a sort key ("risk", "-title"), for rows not held in the
// live state (a plan snapshot's).
export function gapRowOrder(sort: PositionsQuery["sort"]): (a: GapRow, b: GapRow) => number {
  const descending = sort.startsWith("-");
  const compare = COMPARATORS[descending ? sort.slice(1) : sort]!;
  return descending ? (a, b) => compare(b, a) : compare;
}

// One page of rows already in order: scoped, filtered and projected.
export function pageOfRows(
  access: Access,
  options: { rows: Iterable<GapRow>; names: ReadonlyMap<string, string>; query: PositionsQuery },
): Omit<PositionsPage, "asOf"> {
  const { query } = options;
  const matches = matcher(access, query, options.names);
  const start = (query.page - 1) * query.pageSize;
  const end = start + query.pageSize;
  const rows: VisibleGapRow[] = [];
  let total = 0;
  for (const row of options.rows) {
    if (!matches(row)) continue;
    if (total >= start && total < end) rows.push(projectGapRow(access, row));
    total += 1;
  }
  return { rows, page: query.page, pageSize: query.pageSize, total };
}
