import "server-only";
import { computeSnapshot, type Snapshot } from "@/lib/domain";
import type { Db } from "./db";
import { loadEngineInput } from "./engine-input";

// The engine computes the whole organization in one pass; requests then page
// and filter the result in memory. Snapshots are cached per database and
// as-of date, and stamped with the data version: every change Baton makes
// writes an audit event, so the newest audit id moves whenever the inputs do,
// whichever process (app, CLI import) made the change.
const MAX_DATES_CACHED = 8;

interface Entry {
  version: number;
  snapshot: Promise<Snapshot>;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

export async function dataVersion(db: Db): Promise<number> {
  const newest = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return newest?.id ?? 0;
}

export async function getSnapshot(options: { db: Db; asOf: string }): Promise<Snapshot> {
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
    return hit.snapshot;
  }
  const snapshot = loadEngineInput({ db, asOf }).then(computeSnapshot);
  cache.set(asOf, { version, snapshot });
  snapshot.catch(() => cache.delete(asOf));
  while (cache.size > MAX_DATES_CACHED) cache.delete(cache.keys().next().value!);
  return snapshot;
}
