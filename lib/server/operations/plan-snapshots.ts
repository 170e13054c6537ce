import "server-only";
import { ZNewSnapshot } from "@/lib/schemas/snapshots";
import { canDeleteSnapshots, canTakeSnapshots } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { recordAudit } from "@/lib/server/infra/audit";
import type { Db } from "@/lib/server/infra/db";
import type { OrgState } from "@/lib/server/state/org-state";
import { ok, refuse, type Result } from "./result";

// Taking and deleting plan snapshots (SPEC §8). HR freezes the plan; only an
// admin removes a snapshot, and both are audited.

export interface SnapshotSummary {
  id: number;
  name: string;
  takenAt: string;
  asOf: string;
  takenBy: string;
  positionCount: number;
}

export interface StoredSlate {
  incumbentName: string | null;
  readyNow: { id: string; name: string }[];
  readyIn1to2Years: { id: string; name: string }[];
  readyIn3PlusYears: { id: string; name: string }[];
}

const ROWS_PER_INSERT = 2_000;

// The plan as it stands today, whatever date the viewer's page shows.
export async function takePlanSnapshot(viewer: Viewer, input: unknown): Promise<Result<SnapshotSummary>> {
  if (!canTakeSnapshots(viewer)) return refuse("forbidden", "only HR takes plan snapshots");
  const parsed = ZNewSnapshot.safeParse(input);
  if (!parsed.success) return refuse("bad_request", parsed.error.issues.map((i) => i.message).join("; "));
  return ok(await freezePlan(viewer.db, { name: parsed.data.name, state: await viewer.todayState(), by: viewer.user }));
}

// Stores the state's every gap-report row and slate under a name, audited.
// The demo seed freezes a past day's state this way, as taken on that day.
export async function freezePlan(db: Db, options: { name: string; state: OrgState; by: AppUser; takenAt?: Date }): Promise<SnapshotSummary> {
  const { name, state, by: user } = options;
  const asOf = state.snapshot.asOf;
  const { positions, positionDetails } = state.snapshot;
  const named = (ids: readonly string[]) => ids.map((id) => ({ id, name: state.names.get(id) ?? id }));
  const rows = positions.map((row, i) => {
    const ids = positionDetails[i]!.successorIds;
    const slate: StoredSlate = {
      incumbentName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? null) : null,
      readyNow: named(ids.readyNow),
      readyIn1to2Years: named(ids.readyIn1to2Years),
      readyIn3PlusYears: named(ids.readyIn3PlusYears),
    };
    return { positionId: row.positionId, row: JSON.stringify(row), slate: JSON.stringify(slate) };
  });
  const created = await db.$transaction(
    async (tx) => {
      const snapshot = await tx.planSnapshot.create({
        data: { name, asOf, takenAt: options.takenAt, takenByUserId: user.id, takenByLabel: user.email, positionCount: rows.length },
      });
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        await tx.planSnapshotRow.createMany({ data: rows.slice(start, start + ROWS_PER_INSERT).map((r) => ({ ...r, snapshotId: snapshot.id })) });
      }
      const after = { name: snapshot.name, asOf, positionCount: rows.length };
      await recordAudit(tx, { user, action: "create", entity: "plan_snapshot", entityId: snapshot.id, before: null, after });
      return snapshot;
    },
    { timeout: 5 * 60_000 },
  );
  return { id: created.id, name: created.name, takenAt: created.takenAt.toISOString(), asOf, takenBy: user.email, positionCount: rows.length };
}

export async function deletePlanSnapshot(viewer: Viewer, id: number): Promise<Result> {
  const { db, user } = viewer;
  if (!canDeleteSnapshots(viewer)) return refuse("forbidden", "only an admin deletes plan snapshots");
  return db.$transaction(async (tx): Promise<Result> => {
    const snapshot = await tx.planSnapshot.findUnique({ where: { id }, select: { name: true, asOf: true, takenAt: true, positionCount: true } });
    if (!snapshot) return refuse("not_found", `no plan snapshot ${id}`);
    await tx.planSnapshot.delete({ where: { id } });
    await recordAudit(tx, { user, action: "delete", entity: "plan_snapshot", entityId: id, before: snapshot, after: null });
    return ok(null);
  });
}
