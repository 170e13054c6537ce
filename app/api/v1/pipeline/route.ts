import { ZAsOfQuery } from "@/lib/schemas/api";
import { findPipeline } from "@/lib/server/views/aggregates";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { today } from "@/lib/server/infra/today";

export const GET = apiRoute(async ({ request, db, scope }) => {
  const query = parseQuery(request, ZAsOfQuery);
  if (!query.ok) return query.response;
  const asOf = query.data.asOf ?? today();
  return Response.json({ asOf, rows: await findPipeline({ db, scope, asOf }) });
});
