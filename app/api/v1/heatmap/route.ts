import { ZAsOfQuery } from "@/lib/schemas/api";
import { findHeatmap } from "@/lib/server/views/aggregates";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZAsOfQuery);
  if (!query.ok) return query.response;
  return Response.json({ asOf: viewer.asOf, rows: await findHeatmap(viewer) });
});
