import { ZPositionsQuery } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { findPositions } from "@/lib/server/views/positions";
import { today } from "@/lib/server/infra/today";

export const GET = apiRoute(async ({ request, db, scope }) => {
  const query = parseQuery(request, ZPositionsQuery);
  if (!query.ok) return query.response;
  const page = await findPositions({ db, scope, asOf: query.data.asOf ?? today(), query: query.data });
  return Response.json(page);
});
