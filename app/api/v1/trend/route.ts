import { ZAsOfQuery } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { findBenchTrend } from "@/lib/server/views/trends";

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZAsOfQuery);
  if (!query.ok) return query.response;
  return Response.json({ asOf: viewer.asOf, points: await findBenchTrend(viewer) });
});
