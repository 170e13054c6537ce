import "server-only";
import { directoryComparator, directoryMatcher, searchTextOf, toDirectoryRow, type DirectoryEntry, type DirectoryRow } from "@/lib/people/directory";
import type { PeopleQuery, PeopleSort } from "@/lib/schemas/people";
import { unitOptions } from "@/lib/tables/unit-options";
import { canBrowsePeople, countsPerson } from "@/lib/server/access/permissions";
import type { Db } from "@/lib/server/infra/db";
import type { OrgState } from "@/lib/server/state/org-state";
import type { Viewer } from "@/lib/server/access/viewer";

// The people directory lists scores. SPEC §4 gives executives aggregates and
// slates, not a browsable list of everyone's readiness, so for them the
// directory and the profiles do not exist (404), whatever the UI shows.
interface DirectoryIndex {
  entries: DirectoryEntry[];
  sorted(sort: PeopleSort): DirectoryEntry[];
}

// Built once per snapshot: the snapshot changes whenever the data does
// (lib/server/state/org-state.ts), and holding it as the WeakMap key drops the index
// with it. Titles are not engine input, so they are read here, once.
const indexes = new WeakMap<OrgState, Promise<DirectoryIndex>>();

async function buildIndex(db: Db, state: OrgState): Promise<DirectoryIndex> {
  const titles = await db.person.findMany({ where: { active: true }, select: { employeeId: true, title: true } });
  const rank = new Map(state.snapshot.levels.map((l) => [l.code, l.rank]));
  const entries: DirectoryEntry[] = [];
  const byId = new Map(state.input.people.map((p) => [p.employeeId, p]));
  for (const { employeeId, title } of titles) {
    const person = byId.get(employeeId);
    const derived = state.snapshot.people.get(employeeId);
    if (!person || !derived) continue;
    const row = {
      employeeId,
      name: person.name,
      title,
      orgUnitPath: person.orgUnitId,
      level: person.levelCode,
      managerEmployeeId: person.managerId,
      managerName: person.managerId ? (state.names.get(person.managerId) ?? null) : null,
      mgmtScore: derived.scores.mgmtScore,
      leadScore: derived.scores.leadScore,
      stuck: derived.stuck.stuck,
      retiringSoon: derived.retiringSoon,
    };
    entries.push({ ...row, levelRank: rank.get(person.levelCode) ?? Number.MAX_SAFE_INTEGER, searchText: searchTextOf(row) });
  }
  // Sorting 100,000 names costs more than the rest of a request: once per key.
  const orders = new Map<PeopleSort, DirectoryEntry[]>();
  return {
    entries,
    sorted(sort) {
      let rows = orders.get(sort);
      if (!rows) orders.set(sort, (rows = [...entries].sort(directoryComparator(sort))));
      return rows;
    },
  };
}

function directoryIndex(db: Db, state: OrgState): Promise<DirectoryIndex> {
  let index = indexes.get(state);
  if (!index) {
    index = buildIndex(db, state);
    indexes.set(state, index);
    index.catch(() => indexes.delete(state));
  }
  return index;
}

// A manager sees the people whose reporting line reaches them, not
// themselves: nobody but HR reads their own scores (SPEC §4).
export interface PeoplePage {
  asOf: string;
  rows: DirectoryRow[];
  page: number;
  pageSize: number;
  total: number;
}

// null: this user may not browse people at all.
export async function findPeopleDirectory(viewer: Viewer, query: PeopleQuery): Promise<PeoplePage | null> {
  const { db, asOf } = viewer;
  if (!canBrowsePeople(viewer)) return null;
  const state = await viewer.state();
  const index = await directoryIndex(db, state);
  const matches = directoryMatcher(query);
  const start = (query.page - 1) * query.pageSize;
  const end = start + query.pageSize;
  const rows: DirectoryRow[] = [];
  let total = 0;
  for (const entry of index.sorted(query.sort)) {
    if (!countsPerson(viewer, entry.employeeId) || !matches(entry)) continue;
    if (total >= start && total < end) rows.push(toDirectoryRow(entry));
    total += 1;
  }
  return { asOf, rows, page: query.page, pageSize: query.pageSize, total };
}

// Units and levels the directory's filters offer: those of the people in scope.
export async function findPeopleFilterOptions(viewer: Viewer, selected?: string) {
  const state = await viewer.state();
  const units: string[] = [];
  for (const person of state.input.people) {
    if (person.active && countsPerson(viewer, person.employeeId)) units.push(person.orgUnitId);
  }
  return {
    orgUnits: unitOptions(units, selected),
    levels: state.snapshot.levels.map((l) => ({ code: l.code, name: l.name })),
  };
}
