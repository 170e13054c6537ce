import "server-only";
import { directoryComparator, directoryMatcher, searchTextOf, toDirectoryRow, type DirectoryEntry, type DirectoryRow } from "@/lib/people/directory";
import type { PeopleQuery, PeopleSort } from "@/lib/schemas/people";
import { unitOptions } from "@/lib/tables/unit-options";
import { repairSortedIndex, sortedIndex } from "@/lib/domain/order";
import { canBrowsePeople, countsPerson } from "@/lib/server/access/permissions";
import type { Db } from "@/lib/server/infra/db";
import type { OrgState } from "@/lib/server/state/org-state";
import type { Viewer } from "@/lib/server/access/viewer";

// The people directory lists scores. SPEC §4 gives executives aggregates and
// slates, not a browsable list of everyone's readiness, so for them the
// directory and the profiles do not exist (404), whatever the UI shows.
interface DirectoryIndex {
  derived: OrgState["snapshot"]["people"]; // the engine's people it reflects
  entries: DirectoryEntry[];
  orders: Map<PeopleSort, Int32Array>;
}

// Built once per set of people: titles are not engine input, so they are
// read here, once. A state with the same people but new scores (an
// assessment, a nomination) updates the entries of the people whose derived
// facts changed and re-places them in the sort orders it already has.
const byPeople = new WeakMap<OrgState["input"]["people"], Promise<DirectoryIndex>>();
const byState = new WeakMap<OrgState, Promise<DirectoryIndex>>();

function entryOf(state: OrgState, rank: ReadonlyMap<string, number>, person: OrgState["input"]["people"][number], title: string): DirectoryEntry | null {
  const derived = state.snapshot.people.get(person.employeeId);
  if (!derived) return null;
  const row = {
    employeeId: person.employeeId,
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
  return { ...row, levelRank: rank.get(person.levelCode) ?? Number.MAX_SAFE_INTEGER, searchText: searchTextOf(row) };
}

const ranks = (state: OrgState) => new Map(state.snapshot.levels.map((l) => [l.code, l.rank]));

async function buildIndex(db: Db, state: OrgState): Promise<DirectoryIndex> {
  const titles = await db.person.findMany({ where: { active: true }, select: { employeeId: true, title: true } });
  const rank = ranks(state);
  const entries: DirectoryEntry[] = [];
  const byId = new Map(state.input.people.map((p) => [p.employeeId, p]));
  for (const { employeeId, title } of titles) {
    const person = byId.get(employeeId);
    const entry = person && entryOf(state, rank, person, title);
    if (entry) entries.push(entry);
  }
  return { derived: state.snapshot.people, entries, orders: new Map() };
}

function updateIndex(previous: DirectoryIndex, state: OrgState): DirectoryIndex {
  const rank = ranks(state);
  const entries = [...previous.entries];
  const changed = new Set<number>();
  const people = new Map(state.input.people.map((p) => [p.employeeId, p]));
  previous.entries.forEach((entry, i) => {
    if (state.snapshot.people.get(entry.employeeId) === previous.derived.get(entry.employeeId)) return;
    const person = people.get(entry.employeeId);
    const next = person && entryOf(state, rank, person, entry.title);
    if (next) {
      entries[i] = next;
      changed.add(i);
    }
  });
  const orders = new Map<PeopleSort, Int32Array>();
  for (const [sort, order] of previous.orders) orders.set(sort, repairSortedIndex(order, entries, changed, directoryComparator(sort)));
  return { derived: state.snapshot.people, entries, orders };
}

function directoryIndex(db: Db, state: OrgState): Promise<DirectoryIndex> {
  let index = byState.get(state);
  if (index) return index;
  const previous = byPeople.get(state.input.people);
  index = previous ? previous.then((p) => (p.derived === state.snapshot.people ? p : updateIndex(p, state))) : buildIndex(db, state);
  byState.set(state, index);
  byPeople.set(state.input.people, index);
  index.catch(() => {
    byState.delete(state);
    if (byPeople.get(state.input.people) === index) byPeople.delete(state.input.people);
  });
  return index;
}

// Sorting 100,000 names costs more than the rest of a request: once per key.
function* sortedEntries(index: DirectoryIndex, sort: PeopleSort): Generator<DirectoryEntry> {
  let order = index.orders.get(sort);
  if (!order) index.orders.set(sort, (order = sortedIndex(index.entries, directoryComparator(sort))));
  for (let i = 0; i < order.length; i++) yield index.entries[order[i]!]!;
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
  for (const entry of sortedEntries(index, query.sort)) {
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
