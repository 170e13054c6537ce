import { ZCompareQuery } from "@/lib/schemas/snapshots";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { notFound } from "@/lib/server/http/api-response";
import { comparePlanSnapshots } from "@/lib/server/views/plan-snapshots";

// GET ?from=<id>&to=<id|now>: what changed between two plans, in your scope.
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZCompareQuery);
  if (!query.ok) return query.response;
  const view = await comparePlanSnapshots(viewer, query.data);
  return view ? Response.json(view) : notFound("no such plan snapshot");
});
