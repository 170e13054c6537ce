import { ZNewNomination, ZNominationsQuery } from "@/lib/schemas/nominations";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { invalidInput } from "@/lib/server/http/api-response";
import { createNomination, findNominations } from "@/lib/server/operations/nominations";
import { readJson, respond } from "./respond";

export const GET = apiRoute(async ({ request, db, user, scope }) => {
  const query = parseQuery(request, ZNominationsQuery);
  if (!query.ok) return query.response;
  return Response.json({ rows: await findNominations({ db, user, scope, ...query.data }) });
});

export const POST = apiRoute(async ({ request, db, user, scope }) => {
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const input = ZNewNomination.safeParse(json.body);
  if (!input.success) return invalidInput(input.error);
  return respond(await createNomination({ db, user, scope, input: input.data }), 201);
});
