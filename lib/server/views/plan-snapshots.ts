import "server-only";
import { comparePlans, type GapRow, type PlanComparison, type PlanSeat } from "@/lib/domain";
import type { PositionsQuery } from "@/lib/schemas/api";
import type { CompareQuery } from "@/lib/schemas/snapshots";
import { canReadSnapshots, positionVisible, selfExcludedFromSlates, type Access } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import type { Db } from "@/lib/server/infra/db";
import type { SnapshotSummary, StoredSlate } from "@/lib/server/operations/plan-snapshots";
import { gapRowOrder, pageOfRows, type PositionsPage } from "./positions";

// Reading plan snapshots (SPEC §8), scoped like the live gap report: a
// manager reads the seats of their line, an executive no retirement dates.

interface Plan {
  summary: SnapshotSummary;
  rows: GapRow[]; // by positionId
  slates: Map<string, StoredSlate>;
  names: Map<string, string>;
}

// Snapshots never change, so a parsed one is kept until deleted; a few at a
// time, since one holds a row per seat.
const MAX_PLANS_CACHED = 4;
const plans = new WeakMap<Db, Map<number, Promise<Plan | null>>>();

const summaryOf = (s: { id: number; name: string; takenAt: Date; asOf: string; takenByLabel: string; positionCount: number }): SnapshotSummary => ({
  id: s.id,
  name: s.name,
  takenAt: s.takenAt.toISOString(),
  asOf: s.asOf,
  takenBy: s.takenByLabel,
  positionCount: s.positionCount,
});

export async function findPlanSnapshots(viewer: Viewer): Promise<SnapshotSummary[]> {
  if (!canReadSnapshots(viewer)) return [];
  const rows = await viewer.db.planSnapshot.findMany({ orderBy: [{ takenAt: "desc" }, { id: "desc" }] });
  return rows.map(summaryOf);
}

async function readPlan(db: Db, id: number): Promise<Plan | null> {
  const snapshot = await db.planSnapshot.findUnique({ where: { id } });
  if (!snapshot) return null;
  const stored = await db.planSnapshotRow.findMany({ where: { snapshotId: id }, orderBy: { positionId: "asc" } });
  const rows: GapRow[] = [];
  const slates = new Map<string, StoredSlate>();
  const names = new Map<string, string>();
  for (const r of stored) {
    const row = JSON.parse(r.row) as GapRow;
    const slate = JSON.parse(r.slate) as StoredSlate;
    rows.push(row);
    slates.set(row.positionId, slate);
    if (row.incumbentEmployeeId && slate.incumbentName) names.set(row.incumbentEmployeeId, slate.incumbentName);
    for (const p of [...slate.readyNow, ...slate.readyIn1to2Years, ...slate.readyIn3PlusYears]) names.set(p.id, p.name);
  }
  return { summary: summaryOf(snapshot), rows, slates, names };
}

async function loadPlan(db: Db, id: number): Promise<Plan | null> {
  let cache = plans.get(db);
  if (!cache) plans.set(db, (cache = new Map()));
  // A deleted snapshot must not linger: ask the database it still exists.
  const exists = await db.planSnapshot.count({ where: { id } });
  if (!exists) {
    cache.delete(id);
    return null;
  }
  let plan = cache.get(id);
  if (!plan) {
    plan = readPlan(db, id);
    cache.set(id, plan);
    plan.catch(() => cache.delete(id));
    while (cache.size > MAX_PLANS_CACHED) cache.delete(cache.keys().next().value!);
  }
  return plan;
}

export interface SnapshotPositionsPage extends PositionsPage {
  snapshot: SnapshotSummary;
  slates: Record<string, StoredSlate>; // the slates of the rows on this page
}

export async function findSnapshotPositions(viewer: Viewer, id: number, query: PositionsQuery): Promise<SnapshotPositionsPage | null> {
  if (!canReadSnapshots(viewer)) return null;
  const plan = await loadPlan(viewer.db, id);
  if (!plan) return null;
  const ordered = query.sort === "positionId" ? plan.rows : [...plan.rows].sort(gapRowOrder(query.sort));
  const page = pageOfRows(viewer, { rows: ordered, names: plan.names, query });
  const self = selfExcludedFromSlates(viewer);
  const slates = Object.fromEntries(page.rows.map((row) => [row.positionId, visibleSlate(plan.slates.get(row.positionId)!, self)]));
  return { asOf: plan.summary.asOf, snapshot: plan.summary, ...page, slates };
}

// Nobody but HR reads a slate entry naming themselves (SPEC §4), frozen or live.
function withoutSelf<T extends { id: string } | string>(list: readonly T[], self: string | null): T[] {
  return self === null ? [...list] : list.filter((entry) => (typeof entry === "string" ? entry : entry.id) !== self);
}

function visibleSlate(slate: StoredSlate, self: string | null): StoredSlate {
  if (self === null) return slate;
  return { ...slate, readyNow: withoutSelf(slate.readyNow, self), readyIn1to2Years: withoutSelf(slate.readyIn1to2Years, self), readyIn3PlusYears: withoutSelf(slate.readyIn3PlusYears, self) };
}

function seatsOfPlan(plan: Plan, access: Access): PlanSeat[] {
  const self = selfExcludedFromSlates(access);
  const ids = (list: { id: string }[]) => withoutSelf(list, self).map((p) => p.id);
  return plan.rows
    .filter((row) => positionVisible(access, row))
    .map((row) => {
      const slate = plan.slates.get(row.positionId)!;
      return { row, successorIds: { readyNow: ids(slate.readyNow), readyIn1to2Years: ids(slate.readyIn1to2Years), readyIn3PlusYears: ids(slate.readyIn3PlusYears) } };
    });
}

export interface PlanComparisonView {
  from: SnapshotSummary;
  to: SnapshotSummary | { id: "now"; asOf: string };
  comparison: PlanComparison;
  names: Record<string, string>; // the people the comparison names
}

// Null when a snapshot asked for does not exist.
export async function comparePlanSnapshots(viewer: Viewer, query: CompareQuery): Promise<PlanComparisonView | null> {
  if (!canReadSnapshots(viewer)) return null;
  const { db } = viewer;
  const from = await loadPlan(db, query.from);
  if (!from) return null;
  let to: PlanSeat[];
  let toSummary: PlanComparisonView["to"];
  const names = new Map(from.names);
  if (query.to === "now") {
    const asOf = viewer.today;
    const state = await viewer.todayState();
    const self = selfExcludedFromSlates(viewer);
    to = state.snapshot.positions
      .map((row, i) => {
        const { readyNow, readyIn1to2Years, readyIn3PlusYears } = state.snapshot.positionDetails[i]!.successorIds;
        return { row, successorIds: { readyNow: withoutSelf(readyNow, self), readyIn1to2Years: withoutSelf(readyIn1to2Years, self), readyIn3PlusYears: withoutSelf(readyIn3PlusYears, self) } };
      })
      .filter((seat) => positionVisible(viewer, seat.row));
    for (const seat of to) for (const id of Object.values(seat.successorIds).flat()) names.set(id, state.names.get(id) ?? id);
    toSummary = { id: "now", asOf };
  } else {
    const plan = await loadPlan(db, query.to);
    if (!plan) return null;
    to = seatsOfPlan(plan, viewer);
    for (const [id, name] of plan.names) names.set(id, name);
    toSummary = plan.summary;
  }
  const comparison = comparePlans(seatsOfPlan(from, viewer), to);
  const named = new Set(comparison.seats.flatMap((s) => [...s.entered, ...s.left]));
  return { from: from.summary, to: toSummary, comparison, names: Object.fromEntries([...named].map((id) => [id, names.get(id) ?? id])) };
}
