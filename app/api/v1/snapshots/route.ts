import { apiRoute, parseJson } from "@/lib/server/http/api-handler";
import { respond } from "@/lib/server/http/api-response";
import { takePlanSnapshot } from "@/lib/server/operations/plan-snapshots";
import { findPlanSnapshots } from "@/lib/server/views/plan-snapshots";

export const GET = apiRoute(async ({ viewer }) => Response.json({ rows: await findPlanSnapshots(viewer) }));

// POST { "name" } → 201 { id, name, takenAt, … } (SPEC §8; HR only).
export const POST = apiRoute(async ({ request, viewer }) => {
  const json = await parseJson(request);
  if (!json.ok) return json.response;
  return respond(await takePlanSnapshot(viewer, json.body), 201);
});
