import "server-only";
import { computeSnapshot, type EngineInput, type GapRow, type IsoDate, type Snapshot } from "@/lib/domain";
import { applyChangesToInput, applyEngineChanges, buildEngineState, changedSeats, type EngineState } from "@/lib/domain/engine-state";
import { repairSortedIndex, sortedIndex } from "@/lib/domain/order";
import { trendFigures, type TrendFigures } from "@/lib/domain/trend-figures";
import type { Db } from "@/lib/server/infra/db";
import { env } from "@/lib/server/infra/env";
import { today } from "@/lib/server/infra/today";
import { readEngineChanges } from "./changes";
import { readDataChanges, readDataVersion } from "./data-version";
import { loadEngineInput, type StoredEngineInput } from "./engine-input";
import { loadEngineInputAsOf, readsHistory } from "./history-input";

// The engine computes the whole organization in one pass; requests then
// filter, sort and page the result in memory (through the Viewer,
// lib/server/access/viewer.ts). Per database, one stored input is shared by
// the states of every as-of date asked for, stamped with the data version
// (./data-version.ts) read before it. When the version has moved, the change
// log says what moved: nominations and assessments are applied to the
// states of today and later (lib/domain/engine-state.ts); past dates read
// from history stay when the changes took effect after them, and are
// otherwise dropped and recomputed when asked for; anything else reloads the input.
// Every instance follows the same log, whichever process made the change.

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

interface DateState {
  engine: EngineState;
  org: OrgState;
  orders: Map<string, { compare: Compare; seats: Int32Array }>;
  bytes: number;
  // Read from history: carried over only while the changes took effect after it.
  past?: boolean;
}

// A past date's trend figures: kept, not its state (./trend-figures in lib/domain).
interface PastFigures {
  figures: Promise<TrendFigures>;
  bytes: number;
}

interface Cache {
  version: number;
  input: StoredEngineInput;
  dates: Map<string, DateState>; // least recently used first
  figures: Map<IsoDate, PastFigures>; // least recently used first
}

interface Slot {
  cache: Cache | null;
  // One refresh at a time per database; concurrent requests share it.
  refreshing: Promise<Cache> | null;
  // One past date's snapshot computed at a time per database: each holds a
  // whole organization on the heap while it runs.
  computingPast: Promise<unknown>;
}

const slots = new WeakMap<Db, Slot>();

// Measured on the 100,000-person demo (docs/scaling.md): a date's snapshot,
// engine index and sort orders take roughly this per seat and per person.
const BYTES_PER_SEAT = 1_400;
const BYTES_PER_PERSON = 700;
const estimateBytes = (input: StoredEngineInput) => input.positions.length * BYTES_PER_SEAT + input.people.length * BYTES_PER_PERSON;
// A trend seat: the object, the incumbent's id string and, for a critical
// seat, its ready-now list.
const BYTES_PER_TREND_SEAT = 120;

// The names only change when the people do, so states of one input share them.
const namesByPeople = new WeakMap<StoredEngineInput["people"], ReadonlyMap<string, string>>();

function namesOf(input: StoredEngineInput): ReadonlyMap<string, string> {
  let names = namesByPeople.get(input.people);
  if (!names) namesByPeople.set(input.people, (names = new Map(input.people.map((p) => [p.employeeId, p.name]))));
  return names;
}

function* inOrder(rows: readonly GapRow[], seats: Int32Array): Generator<GapRow> {
  for (let i = 0; i < seats.length; i++) yield rows[seats[i]!]!;
}

// A date's state; `carried` hands on the sort orders of the state it was
// changed from, with the seats whose rows changed re-placed in them.
function dateState(engine: EngineState, carried?: { previous: DateState; changed: ReadonlySet<number> }): DateState {
  const { snapshot } = engine;
  const orders = new Map<string, { compare: Compare; seats: Int32Array }>();
  for (const [key, order] of carried?.previous.orders ?? []) {
    orders.set(key, { compare: order.compare, seats: repairSortedIndex(order.seats, snapshot.positions, carried!.changed, order.compare) });
  }
  const org: OrgState = {
    input: engine.input,
    snapshot,
    names: namesOf(engine.input),
    sorted(key, compare) {
      let order = orders.get(key);
      if (!order) orders.set(key, (order = { compare, seats: sortedIndex(snapshot.positions, compare) }));
      return inOrder(snapshot.positions, order.seats);
    },
  };
  return { engine, org, orders, bytes: estimateBytes(engine.input) };
}

async function fullLoad(db: Db, version: number): Promise<Cache> {
  return { version, input: await loadEngineInput(db), dates: new Map(), figures: new Map() };
}

// The cache brought to `version`: incrementally when the log allows.
async function refresh(db: Db, cache: Cache | null, version: number): Promise<Cache> {
  if (!cache) return fullLoad(db, version);
  const logged = await readDataChanges(db, cache.version, version);
  const read = logged && (await readEngineChanges(db, logged));
  if (!read) return fullLoad(db, version);
  const { changes, recordedFrom } = read;
  if (changes.length === 0) return { ...cache, version };
  const input = applyChangesToInput(cache.input, changes);
  const dates = new Map<string, DateState>();
  const standsAfter = (asOf: IsoDate) => recordedFrom !== null && asOf < recordedFrom;
  const figures = new Map([...cache.figures].filter(([asOf]) => standsAfter(asOf)));
  // Today and the look-ahead dates are what people write against: changed
  // in place. A past date read from history before the changes took effect
  // reads the same versions as before, so it stays (the trend's month-ends
  // would otherwise be read again after every approval); any other past
  // date is read again on demand.
  const from = today();
  try {
    for (const [asOf, previous] of cache.dates) {
      if (previous.past) {
        if (standsAfter(previous.engine.snapshot.asOf)) dates.set(asOf, previous);
        continue;
      }
      if (asOf < from) continue;
      const engine = applyEngineChanges(previous.engine, { ...input, asOf }, changes);
      const changed = new Set(changedSeats(previous.engine.snapshot, engine.snapshot));
      dates.set(asOf, dateState(engine, { previous, changed }));
    }
  } catch (error) {
    // A state changed by a refresh that failed cannot be changed again.
    console.error("incremental refresh failed; recomputing", error);
    return fullLoad(db, version);
  }
  return { version, input, dates, figures };
}

async function currentCache(db: Db, known?: number): Promise<Cache> {
  let slot = slots.get(db);
  if (!slot) slots.set(db, (slot = { cache: null, refreshing: null, computingPast: Promise.resolve() }));
  // Read before anything it stamps: the data read afterwards is at least this new.
  const version = known ?? (await readDataVersion(db));
  for (;;) {
    if (slot.cache && slot.cache.version >= version) return slot.cache;
    if (!slot.refreshing) {
      const refreshing = refresh(db, slot.cache, version);
      slot.refreshing = refreshing;
      try {
        slot.cache = await refreshing;
      } finally {
        if (slot.refreshing === refreshing) slot.refreshing = null;
      }
      return slot.cache;
    }
    // Someone else's refresh: it may or may not reach this version.
    await slot.refreshing.catch(() => undefined);
  }
}

// The cached states and trend figures of one database are kept under
// BATON_STATE_CACHE_MB (an estimate), least recently used dropped first; the
// newest state always stays. States go before figures: a state is one engine
// pass, the trend's figures two dozen.
function evictOverBudget(cache: Cache) {
  const budget = env().BATON_STATE_CACHE_MB * 1024 * 1024;
  let total = 0;
  for (const entry of [...cache.dates.values(), ...cache.figures.values()]) total += entry.bytes;
  for (const [asOf, date] of cache.dates) {
    if (total <= budget || cache.dates.size <= 1) break;
    cache.dates.delete(asOf);
    total -= date.bytes;
  }
  for (const [asOf, past] of cache.figures) {
    if (total <= budget) break;
    cache.figures.delete(asOf);
    total -= past.bytes;
  }
}

// `today` decides whether `asOf` is read from history (a past day) or from
// today's data. A cached state stays right across midnight: while the data
// version is unchanged, today's data is also what stood at the end of the day.
// `version`: the data version the caller read already (a request reading
// several dates reads it once, lib/server/access/viewer.ts).
export async function getOrgState(options: { db: Db; asOf: string; today?: string; version?: number }): Promise<OrgState> {
  const { db, asOf } = options;
  const cache = await currentCache(db, options.version);
  // A past day is read from history (./history-input.ts), kept apart from a
  // state of the same date read from today's data by a caller whose today is
  // earlier (tests fix their own).
  const past = readsHistory(asOf, options.today ?? today());
  const key = past ? `past:${asOf}` : asOf;
  let date = cache.dates.get(key);
  if (date) {
    // Re-insert to keep the map in least-recently-used order.
    cache.dates.delete(key);
  } else {
    const input = past ? await loadEngineInputAsOf({ db, asOf }) : { ...cache.input, asOf };
    date = { ...dateState(buildEngineState(input)), past };
  }
  cache.dates.set(key, date);
  evictOverBudget(cache);
  return date.org;
}

// The trend's figures for a past day (SPEC §8), read from history like that
// day's state but without keeping it: only the figures stay cached, under
// the same rules as a past state (they stand across changes recorded after
// the day). Dates are computed one at a time; concurrent readers of one date
// share its computation.
export async function getPastTrendFigures(options: { db: Db; asOf: IsoDate; today?: IsoDate; version?: number }): Promise<TrendFigures> {
  const { db, asOf } = options;
  if (!readsHistory(asOf, options.today ?? today())) throw new RangeError(`not a past day: ${asOf}`);
  const cache = await currentCache(db, options.version);
  const slot = slots.get(db)!;
  let past = cache.figures.get(asOf);
  if (past) {
    cache.figures.delete(asOf);
  } else {
    const figures = slot.computingPast.then(async () => trendFigures(computeSnapshot(await loadEngineInputAsOf({ db, asOf }))));
    slot.computingPast = figures.catch(() => undefined);
    const entry: PastFigures = { figures, bytes: 0 };
    figures.then(
      (done) => {
        entry.bytes = done.seats.length * BYTES_PER_TREND_SEAT;
      },
      () => {
        // A failed read is not kept: the next reader tries again.
        const kept = slot.cache?.figures;
        if (kept?.get(asOf) === entry) kept.delete(asOf);
      },
    );
    past = entry;
  }
  cache.figures.set(asOf, past);
  evictOverBudget(cache);
  return past.figures;
}

export async function getSnapshot(options: { db: Db; asOf: string }): Promise<Snapshot> {
  return (await getOrgState(options)).snapshot;
}

// The version the cached state of this database reflects, for tests and the bench.
export function cachedVersion(db: Db): number | null {
  return slots.get(db)?.cache?.version ?? null;
}

// What the cache of this database holds, for tests: the dates of its states
// (a past day read from history as "past:<date>") and of its trend figures.
export function cachedDates(db: Db): { states: string[]; trendFigures: IsoDate[] } {
  const cache = slots.get(db)?.cache;
  return { states: [...(cache?.dates.keys() ?? [])], trendFigures: [...(cache?.figures.keys() ?? [])] };
}
