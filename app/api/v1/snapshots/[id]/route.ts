import { ZSnapshotId } from "@/lib/schemas/snapshots";
import { apiRoute } from "@/lib/server/api-handler";
import { forbidden, invalidInput, notFound } from "@/lib/server/api-response";
import { deletePlanSnapshot } from "@/lib/server/operations/plan-snapshots";

// DELETE → 204 (admin only, audited).
export const DELETE = apiRoute<{ id: string }>(async ({ db, user, params }) => {
  const id = ZSnapshotId.safeParse(params.id);
  if (!id.success) return invalidInput(id.error);
  const outcome = await deletePlanSnapshot({ db, user, id: id.data });
  if (!outcome.ok) return outcome.code === "forbidden" ? forbidden(outcome.message) : notFound(outcome.message);
  return new Response(null, { status: 204 });
});
