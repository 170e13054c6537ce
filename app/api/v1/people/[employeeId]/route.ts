import { ZAsOfQuery } from "@/lib/schemas/api";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { notFound } from "@/lib/server/http/api-response";
import { findPerson } from "@/lib/server/views/people";
import { today } from "@/lib/server/infra/today";

export const GET = apiRoute<{ employeeId: string }>(async ({ request, db, user, scope, params }) => {
  const query = parseQuery(request, ZAsOfQuery);
  if (!query.ok) return query.response;
  // Outside the caller's scope answers exactly like "no such person".
  const person = await findPerson({ db, user, scope, employeeId: params.employeeId, asOf: query.data.asOf ?? today() });
  return person ? Response.json(person) : notFound(`no person "${params.employeeId}" in what you may see`);
});
