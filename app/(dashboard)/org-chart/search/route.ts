import { z } from "zod";
import { ZIsoDate } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { searchOrgChart } from "@/lib/server/views/org-chart";

const ZSearchQuery = z.object({
  q: z.string().trim().min(2, "type at least two letters").max(100),
  asOf: ZIsoDate.optional(),
});

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZSearchQuery);
  if (!query.ok) return query.response;
  return Response.json(await searchOrgChart(viewer, query.data.q));
});
