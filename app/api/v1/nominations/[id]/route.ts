import { ZNominationPatch } from "@/lib/schemas/nominations";
import { apiRoute, parseJson } from "@/lib/server/http/api-handler";
import { invalidInput, notFound, respond } from "@/lib/server/http/api-response";
import { decideNomination, withdrawNomination } from "@/lib/server/operations/nominations";

export const PATCH = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) return notFound(`no nomination "${params.id}"`);
  const json = await parseJson(request);
  if (!json.ok) return json.response;
  const patch = ZNominationPatch.safeParse(json.body);
  if (!patch.success) return invalidInput(patch.error);
  const { action, reason, version } = patch.data;
  const outcome =
    action === "withdraw"
      ? await withdrawNomination(viewer, { id, version })
      : await decideNomination(viewer, { id, decision: action, reason, version });
  return respond(outcome);
});
