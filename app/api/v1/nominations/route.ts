import { ZNewNomination, ZNominationsQuery } from "@/lib/schemas/nominations";
import { apiRoute, parseJson, parseQuery } from "@/lib/server/http/api-handler";
import { invalidInput, respond } from "@/lib/server/http/api-response";
import { createNomination, findNominations } from "@/lib/server/operations/nominations";

export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(request, ZNominationsQuery);
  if (!query.ok) return query.response;
  return Response.json({ rows: await findNominations(viewer, query.data) });
});

export const POST = apiRoute(async ({ request, viewer }) => {
  const json = await parseJson(request);
  if (!json.ok) return json.response;
  const input = ZNewNomination.safeParse(json.body);
  if (!input.success) return invalidInput(input.error);
  return respond(await createNomination(viewer, input.data), 201);
});
