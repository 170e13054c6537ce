import { ZPositionsQuery } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { findPositions } from "@/lib/server/views/positions";

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZPositionsQuery);
  if (!query.ok) return query.response;
  const page = await findPositions(viewer, query.data);
  return Response.json(page);
});
