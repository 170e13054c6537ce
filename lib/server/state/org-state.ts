import "server-only";
import type { EngineInput, GapRow, Snapshot } from "@/lib/domain";
import { repairSortedIndex, sortedIndex } from "@/lib/domain/order";

// What a request reads: the engine's input and snapshot for one as-of date,
// names for search and display, and the gap rows in any order it sorts by.
export interface OrgState {
  input: EngineInput;
  snapshot: Snapshot;
  names: ReadonlyMap<string, string>; // employeeId → name, for search and display
  // Rows sorted by a key, computed on first use and kept as an index array
  // (4 bytes a row): sorting 100,000 rows on every page request would
  // dominate its time, and a copy of the rows per key would cost 8.
  sorted(key: string, compare: (a: GapRow, b: GapRow) => number): Iterable<GapRow>;
}

type Compare = (a: GapRow, b: GapRow) => number;

interface Order {
  compare: Compare;
  seats: Int32Array;
}

export interface OrgStateInternals {
  orders: Map<string, Order>;
}

// The names only change when the people do, so states of one input share them.
const namesByPeople = new WeakMap<EngineInput["people"], ReadonlyMap<string, string>>();

function namesOf(input: EngineInput): ReadonlyMap<string, string> {
  let names = namesByPeople.get(input.people);
  if (!names) namesByPeople.set(input.people, (names = new Map(input.people.map((p) => [p.employeeId, p.name]))));
  return names;
}

function* inOrder(rows: readonly GapRow[], seats: Int32Array): Generator<GapRow> {
  for (let i = 0; i < seats.length; i++) yield rows[seats[i]!]!;
}

export function createOrgState(
  input: EngineInput,
  snapshot: Snapshot,
  carried?: { internals: OrgStateInternals; changed: ReadonlySet<number> },
): { state: OrgState; internals: OrgStateInternals } {
  const orders = new Map<string, Order>();
  if (carried) {
    for (const [key, order] of carried.internals.orders) {
      const seats = carried.changed.size === 0 ? order.seats : repairSortedIndex(order.seats, snapshot.positions, carried.changed, order.compare);
      orders.set(key, { compare: order.compare, seats });
    }
  }
  const state: OrgState = {
    input,
    snapshot,
    names: namesOf(input),
    sorted(key, compare) {
      let order = orders.get(key);
      if (!order) orders.set(key, (order = { compare, seats: sortedIndex(snapshot.positions, compare) }));
      return inOrder(snapshot.positions, order.seats);
    },
  };
  return { state, internals: { orders } };
}
