import "server-only";
import type { EngineInput, Snapshot } from "@/lib/domain";
import { applyChangesToInput, applyEngineChanges, buildEngineState, changedSeats, type EngineState } from "@/lib/domain/engine-state";
import type { Db } from "./db";
import { loadEngineInput } from "./engine-input";
import { readEngineChanges } from "./state/changes";
import { readDataChanges, readDataVersion } from "./state/data-version";
import { createOrgState, type OrgState, type OrgStateInternals } from "./state/org-state";

export type { OrgState } from "./state/org-state";

// The engine computes the whole organization in one pass; requests then
// filter, sort and page the result in memory. Per database, one input is
// shared by the states of every as-of date asked for, stamped with the data
// version (lib/server/state/data-version.ts) read before it. When the version
// has moved, the change log says what moved: nominations and assessments are
// applied to every cached state (lib/domain/engine-state.ts), anything else
// reloads the input. Every instance follows the same log, whichever process
// made the change.

// The cached states of one database are kept under this many bytes (an
// estimate), least recently used dropped first; the newest always stays.
const STATE_BUDGET_BYTES = Number(process.env.BATON_STATE_CACHE_MB || 512) * 1024 * 1024;

interface DateState {
  engine: EngineState;
  org: OrgState;
  internals: OrgStateInternals;
  bytes: number;
}

interface Cache {
  version: number;
  input: EngineInput;
  dates: Map<string, DateState>; // least recently used first
}

interface Slot {
  cache: Cache | null;
  // One refresh at a time per database; concurrent requests share it.
  refreshing: Promise<Cache> | null;
}

const slots = new WeakMap<Db, Slot>();

// Measured on the 100,000-person demo (docs/scaling.md): a date's snapshot,
// engine index and sort orders take roughly this per seat and per person.
const BYTES_PER_SEAT = 1_400;
const BYTES_PER_PERSON = 700;
const estimateBytes = (input: EngineInput) => input.positions.length * BYTES_PER_SEAT + input.people.length * BYTES_PER_PERSON;

function dateState(engine: EngineState, carried?: { previous: DateState; changed: ReadonlySet<number> }): DateState {
  const { state, internals } = createOrgState(engine.input, engine.snapshot, carried && { internals: carried.previous.internals, changed: carried.changed });
  return { engine, org: state, internals, bytes: estimateBytes(engine.input) };
}

async function fullLoad(db: Db, version: number): Promise<Cache> {
  const input = await loadEngineInput({ db, asOf: "1970-01-01" });
  return { version, input, dates: new Map() };
}

// The cache brought to `version`: incrementally when the log allows.
async function refresh(db: Db, cache: Cache | null, version: number): Promise<Cache> {
  if (!cache) return fullLoad(db, version);
  const logged = await readDataChanges(db, cache.version, version);
  const changes = logged && (await readEngineChanges(db, logged));
  if (!changes) return fullLoad(db, version);
  if (changes.length === 0) return { ...cache, version };
  const input = applyChangesToInput(cache.input, changes);
  const dates = new Map<string, DateState>();
  try {
    for (const [asOf, previous] of cache.dates) {
      const engine = applyEngineChanges(previous.engine, { ...input, asOf }, changes);
      const changed = new Set(changedSeats(previous.engine.snapshot, engine.snapshot));
      dates.set(asOf, dateState(engine, { previous, changed }));
    }
  } catch (error) {
    // A state changed by a refresh that failed cannot be changed again.
    console.error("incremental refresh failed; recomputing", error);
    return fullLoad(db, version);
  }
  return { version, input, dates };
}

async function currentCache(db: Db): Promise<Cache> {
  let slot = slots.get(db);
  if (!slot) slots.set(db, (slot = { cache: null, refreshing: null }));
  // Read before anything it stamps: the data read afterwards is at least this new.
  const version = await readDataVersion(db);
  for (;;) {
    if (slot.cache && slot.cache.version >= version) return slot.cache;
    if (!slot.refreshing) {
      const from = slot.cache;
      const refreshing = refresh(db, from, version);
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

function evictOverBudget(cache: Cache) {
  let total = 0;
  for (const date of cache.dates.values()) total += date.bytes;
  for (const [asOf, date] of cache.dates) {
    if (total <= STATE_BUDGET_BYTES || cache.dates.size <= 1) break;
    cache.dates.delete(asOf);
    total -= date.bytes;
  }
}

export async function getOrgState(options: { db: Db; asOf: string }): Promise<OrgState> {
  const { db, asOf } = options;
  const cache = await currentCache(db);
  let date = cache.dates.get(asOf);
  if (date) {
    // Re-insert to keep the map in least-recently-used order.
    cache.dates.delete(asOf);
  } else {
    date = dateState(buildEngineState({ ...cache.input, asOf }));
  }
  cache.dates.set(asOf, date);
  evictOverBudget(cache);
  return date.org;
}

export async function getSnapshot(options: { db: Db; asOf: string }): Promise<Snapshot> {
  return (await getOrgState(options)).snapshot;
}

// The version the cached state of this database reflects, for tests and the bench.
export function cachedVersion(db: Db): number | null {
  return slots.get(db)?.cache?.version ?? null;
}
