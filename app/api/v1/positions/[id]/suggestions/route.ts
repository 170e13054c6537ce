import { ZSuggestionsQuery } from "@/lib/schemas/suggestions";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { notFound } from "@/lib/server/http/api-response";
import { findSuggestions } from "@/lib/server/views/suggestions";

// GET /api/v1/positions/{id}/suggestions?limit= (SPEC §10): scoped like the
// slate; for those who nominate.
export const GET = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const query = parseQuery(request, ZSuggestionsQuery);
  if (!query.ok) return query.response;
  const rows = await findSuggestions(viewer, decodeURIComponent(params.id), { limit: query.data.limit });
  return rows ? Response.json({ rows: rows.map(({ employeeId, name, fit, parts }) => ({ employeeId, name, fit, parts })) }) : notFound();
});
