import "server-only";
import type { GapRow } from "@/lib/domain";
import { riskBandOf } from "@/lib/gaps/risk-band";
import type { PositionsQuery } from "@/lib/schemas/api";
import { hiddenSelf, isInUnitSubtree, type Scope } from "./access";
import type { Db } from "./db";
import { getOrgState, type OrgState } from "./snapshot";

// A manager sees the seats their people hold and the vacant seats in their
// own unit or below (SPEC §4).
export function positionVisible(row: GapRow, scope: Scope): boolean {
  if (scope.kind === "organization") return true;
  return row.incumbentEmployeeId !== null
    ? scope.employeeIds.has(row.incumbentEmployeeId)
    : isInUnitSubtree(row.orgUnitPath, scope.orgUnitId);
}

// Executives see the exposure, not a named person's retirement plans.
export type VisibleGapRow = Omit<GapRow, "retirementDate" | "retirementSource"> &
  Partial<Pick<GapRow, "retirementDate" | "retirementSource">>;

// "Stuck in management" on your own seat is a conclusion drawn from your own
// assessment, which nobody but HR may read (SPEC §4).
export function visibleFlags(row: GapRow, scope: Scope): GapRow["flags"] {
  const self = hiddenSelf(scope);
  const ownSeat = self !== null && row.incumbentEmployeeId === self;
  return ownSeat ? row.flags.filter((f) => f !== "stuck-incumbent") : row.flags;
}

export function projectGapRow(row: GapRow, scope: Scope): VisibleGapRow {
  const flags = visibleFlags(row, scope);
  const visible = flags === row.flags ? row : { ...row, flags };
  if (scope.kind === "organization" && !scope.sensitive) {
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

function sortedRows(state: OrgState, sort: PositionsQuery["sort"]): GapRow[] {
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  const compare = COMPARATORS[key]!;
  return state.sorted(sort, descending ? (a, b) => compare(b, a) : compare);
}

function matcher(query: PositionsQuery, scope: Scope, names: ReadonlyMap<string, string>) {
  const text = query.q?.toLowerCase();
  return (row: GapRow) => {
    if (!positionVisible(row, scope)) return false;
    if (query.flag && !visibleFlags(row, scope).includes(query.flag)) return false;
    if (query.orgUnit && !isInUnitSubtree(row.orgUnitPath, query.orgUnit)) return false;
    if (query.level && row.level !== query.level) return false;
    if (query.critical !== undefined && row.critical !== query.critical) return false;
    if (query.riskBand && riskBandOf(row.risk) !== query.riskBand) return false;
    if (text) {
      const name = row.incumbentEmployeeId ? (names.get(row.incumbentEmployeeId) ?? "") : "";
      if (!row.positionId.toLowerCase().includes(text) && !row.title.toLowerCase().includes(text) && !name.toLowerCase().includes(text)) {
        return false;
      }
    }
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

export async function findPositions(options: { db: Db; scope: Scope; asOf: string; query: PositionsQuery }): Promise<PositionsPage> {
  const { db, scope, asOf, query } = options;
  const state = await getOrgState({ db, asOf });
  return { asOf, ...pageOfRows({ rows: sortedRows(state, query.sort), names: state.names, scope, query }) };
}

// The comparator of a sort key ("risk", "-title"), for rows not held in the
// live state (a plan snapshot's).
export function gapRowOrder(sort: PositionsQuery["sort"]): (a: GapRow, b: GapRow) => number {
  const descending = sort.startsWith("-");
  const compare = COMPARATORS[descending ? sort.slice(1) : sort]!;
  return descending ? (a, b) => compare(b, a) : compare;
}

// One page of rows already in order: scoped, filtered and projected.
export function pageOfRows(options: {
  rows: Iterable<GapRow>;
  names: ReadonlyMap<string, string>;
  scope: Scope;
  query: PositionsQuery;
}): Omit<PositionsPage, "asOf"> {
  const { scope, query } = options;
  const matches = matcher(query, scope, options.names);
  const start = (query.page - 1) * query.pageSize;
  const end = start + query.pageSize;
  const rows: VisibleGapRow[] = [];
  let total = 0;
  for (const row of options.rows) {
    if (!matches(row)) continue;
    if (total >= start && total < end) rows.push(projectGapRow(row, scope));
    total += 1;
  }
  return { rows, page: query.page, pageSize: query.pageSize, total };
}
