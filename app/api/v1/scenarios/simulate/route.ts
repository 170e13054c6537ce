import { ZScenarioRequest } from "@/lib/schemas/scenarios";
import { apiRoute } from "@/lib/server/api-handler";
import { badRequest, invalidInput, notFound } from "@/lib/server/api-response";
import { today } from "@/lib/server/today";
import { simulateForScope } from "@/lib/server/views/scenarios";
import { readJson } from "../../nominations/respond";

export const POST = apiRoute(async ({ request, db, scope }) => {
  if (scope.kind !== "organization") return notFound();
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const input = ZScenarioRequest.safeParse(json.body);
  if (!input.success) return invalidInput(input.error);
  const outcome = await simulateForScope({ db, scope, asOf: input.data.asOf ?? today(), request: input.data });
  if (!outcome.ok) return outcome.code === "not_found" ? notFound() : badRequest(outcome.message);
  return Response.json(outcome.value);
});
