import { z } from "zod";
import { ZIsoDate } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { notFound } from "@/lib/server/http/api-response";
import { findOrgChartChildren } from "@/lib/server/views/org-chart";

// The org chart opens a seat: its next page of children, scoped like every read.
const ZChildrenQuery = z.object({
  parent: z.string().min(1).max(200),
  asOf: ZIsoDate.optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZChildrenQuery);
  if (!query.ok) return query.response;
  const { parent, offset } = query.data;
  const page = await findOrgChartChildren(viewer, { parentId: parent, offset });
  return page ? Response.json(page) : notFound();
});
