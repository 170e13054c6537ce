import { z } from "zod";
import { ZIsoDate } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { notFound } from "@/lib/server/http/api-response";
import { findOrgChartPath } from "@/lib/server/views/org-chart";

// Everything the chart needs to open the way down to one seat, in one answer.
const ZPathQuery = z.object({ to: z.string().min(1).max(200), asOf: ZIsoDate.optional() });

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZPathQuery);
  if (!query.ok) return query.response;
  const path = await findOrgChartPath(viewer, query.data.to);
  return path ? Response.json(path) : notFound();
});
