import { apiRoute } from "@/lib/server/api-handler";
import { badRequest, forbidden } from "@/lib/server/api-response";
import { takePlanSnapshot } from "@/lib/server/operations/plan-snapshots";
import { findPlanSnapshots } from "@/lib/server/views/plan-snapshots";

export const GET = apiRoute(async ({ db }) => Response.json({ rows: await findPlanSnapshots({ db }) }));

// POST { "name" } → 201 { id, name, takenAt } (SPEC §8; HR only).
export const POST = apiRoute(async ({ request, db, user }) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest('send a JSON body: { "name": "…" }');
  }
  const outcome = await takePlanSnapshot({ db, user, input: body });
  if (!outcome.ok) return outcome.code === "forbidden" ? forbidden(outcome.message) : badRequest(outcome.message);
  const { id, name, takenAt, asOf, positionCount } = outcome.value;
  return Response.json({ id, name, takenAt, asOf, positionCount }, { status: 201 });
});
