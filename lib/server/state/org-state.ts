import "server-only";
import { computeSnapshot, type EngineInput, type GapRow, type Snapshot } from "@/lib/domain";
import type { Db } from "@/lib/server/infra/db";
import { loadEngineInput, type StoredEngineInput } from "./engine-input";
import { today as serverToday } from "@/lib/server/infra/today";
import { loadEngineInputAsOf, readsHistory } from "./history-input";

// The engine computes the whole organization in one pass; requests then
// filter, sort and page the result in memory. Results are cached per database
// and as-of date, and stamped with the data version: every change Baton makes
// writes an audit event, so the newest audit id moves whenever the inputs do,
// whichever process (app, CLI import) made the change.
const MAX_DATES_CACHED = 8;

export interface OrgState {
  input: EngineInput;
  snapshot: Snapshot;
  names: ReadonlyMap<string, string>; // employeeId → name, for search and display
  // Rows sorted by a key, computed on first use: sorting 100,000 rows on
  // every page request would dominate its time.
  sorted(key: string, compare: (a: GapRow, b: GapRow) => number): GapRow[];
}

interface Entry {
  version: number;
  state: Promise<OrgState>;
}

const caches = new WeakMap<Db, Map<string, Entry>>();
// The inputs do not depend on the as-of date: one read serves every date, so
// moving the as-of control (the heatmap's look-ahead) costs a computation only.
const inputs = new WeakMap<Db, { version: number; input: Promise<StoredEngineInput> }>();

export async function dataVersion(db: Db): Promise<number> {
  const newest = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return newest?.id ?? 0;
}

function readInput(db: Db, version: number): Promise<StoredEngineInput> {
  const hit = inputs.get(db);
  if (hit && hit.version === version) return hit.input;
  const input = loadEngineInput(db);
  inputs.set(db, { version, input });
  input.catch(() => inputs.delete(db));
  return input;
}

async function buildState(db: Db, asOf: string, version: number, today: string): Promise<OrgState> {
  const input = readsHistory(asOf, today) ? await loadEngineInputAsOf({ db, asOf }) : { ...(await readInput(db, version)), asOf };
  const snapshot = computeSnapshot(input);
  const names = new Map(input.people.map((p) => [p.employeeId, p.name]));
  const orders = new Map<string, GapRow[]>();
  return {
    input,
    snapshot,
    names,
    sorted(key, compare) {
      let rows = orders.get(key);
      if (!rows) {
        rows = [...snapshot.positions].sort(compare);
        orders.set(key, rows);
      }
      return rows;
    },
  };
}

// `today` decides whether `asOf` is read from history (a past day) or from
// today's data. A cached state stays right across midnight: while the data
// version is unchanged, today's data is also what stood at the end of the day.
export async function getOrgState(options: { db: Db; asOf: string; today?: string }): Promise<OrgState> {
  const { db, asOf } = options;
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const version = await dataVersion(db);
  const hit = cache.get(asOf);
  if (hit && hit.version === version) {
    // Re-insert to keep the map in least-recently-used order.
    cache.delete(asOf);
    cache.set(asOf, hit);
    return hit.state;
  }
  const state = buildState(db, asOf, version, options.today ?? serverToday());
  cache.set(asOf, { version, state });
  state.catch(() => cache.delete(asOf));
  while (cache.size > MAX_DATES_CACHED) cache.delete(cache.keys().next().value!);
  return state;
}

export async function getSnapshot(options: { db: Db; asOf: string }): Promise<Snapshot> {
  return (await getOrgState(options)).snapshot;
}
