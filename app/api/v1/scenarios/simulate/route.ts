import { ZScenarioRequest } from "@/lib/schemas/scenarios";
import { canPlayScenarios } from "@/lib/server/access/permissions";
import { apiRoute, parseJson } from "@/lib/server/http/api-handler";
import { badRequest, invalidInput, notFound } from "@/lib/server/http/api-response";
import { findScenario } from "@/lib/server/views/scenarios";

export const POST = apiRoute(async ({ request, viewer }) => {
  if (!canPlayScenarios(viewer)) return notFound();
  const json = await parseJson(request);
  if (!json.ok) return json.response;
  const input = ZScenarioRequest.safeParse(json.body);
  if (!input.success) return invalidInput(input.error);
  const outcome = await findScenario(viewer, input.data);
  if (!outcome.ok) return outcome.code === "not_found" ? notFound() : badRequest(outcome.message);
  return Response.json(outcome.value);
});
