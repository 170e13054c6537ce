import "server-only";
import { canAdminister } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { decideNomination } from "./nominations";
import { ok, refuse, type Result } from "./result";

// HR approves several proposals at once. Each is still its own decision:
// decideNomination authorizes it (HR, never one's own proposal), checks the
// version HR read, writes it with its audit event and the nominator's
// notice, in its own transaction. So one entry changed meanwhile does not
// undo the others: the outcome says, entry by entry, what was approved and
// what was not, and why.
export const BULK_APPROVE_LIMIT = 200;

export interface BulkApproveOutcome {
  approved: { id: number; label: string }[];
  refused: { id: number; label: string; code: string; message: string }[];
}

export async function approveNominations(viewer: Viewer, picks: readonly { id: number; version: number }[]): Promise<Result<BulkApproveOutcome>> {
  if (!canAdminister(viewer)) return refuse("forbidden", "only HR approves or declines nominations");
  const unique = [...new Map(picks.map((p) => [p.id, p])).values()];
  if (unique.length === 0) return refuse("bad_request", "Choose at least one nomination to approve.");
  if (unique.length > BULK_APPROVE_LIMIT) return refuse("bad_request", `Approve at most ${BULK_APPROVE_LIMIT} nominations at a time.`);

  // Names for the report, read before anything changes.
  const rows = await viewer.db.nomination.findMany({
    where: { id: { in: unique.map((p) => p.id) } },
    select: { id: true, candidateId: true, positionId: true, candidate: { select: { name: true } }, position: { select: { title: true } } },
  });
  const labelOf = new Map(rows.map((r) => [r.id, `${r.candidate.name} (${r.candidateId}) for ${r.position.title}`]));
  const outcome: BulkApproveOutcome = { approved: [], refused: [] };
  // One after another: each decision reads the state the previous one left.
  for (const pick of unique) {
    const label = labelOf.get(pick.id) ?? `nomination ${pick.id}`;
    const result = await decideNomination(viewer, { id: pick.id, version: pick.version, decision: "approve" });
    if (result.ok) outcome.approved.push({ id: pick.id, label });
    else outcome.refused.push({ id: pick.id, label, code: result.code, message: result.message });
  }
  return ok(outcome);
}
