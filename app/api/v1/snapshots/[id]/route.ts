import { ZSnapshotId } from "@/lib/schemas/snapshots";
import { apiRoute } from "@/lib/server/http/api-handler";
import { invalidInput, respond } from "@/lib/server/http/api-response";
import { deletePlanSnapshot } from "@/lib/server/operations/plan-snapshots";

// DELETE → 204 (admin only, audited).
export const DELETE = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  const id = ZSnapshotId.safeParse(params.id);
  if (!id.success) return invalidInput(id.error);
  const result = await deletePlanSnapshot(viewer, id.data);
  return result.ok ? new Response(null, { status: 204 }) : respond(result);
});
