import { ZAsOfQuery } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { notFound } from "@/lib/server/http/api-response";
import { findPerson } from "@/lib/server/views/people";

export const GET = apiRoute<{ employeeId: string }>(async ({ request, viewer, params }) => {
  const query = parseQuery(request, ZAsOfQuery);
  if (!query.ok) return query.response;
  // Outside the caller's scope answers exactly like "no such person".
  const person = await findPerson(viewer, params.employeeId);
  return person ? Response.json(person) : notFound(`no person "${params.employeeId}" in what you may see`);
});
