import { ZNominationPatch } from "@/lib/schemas/nominations";
import { apiRoute } from "@/lib/server/http/api-handler";
import { invalidInput, notFound } from "@/lib/server/http/api-response";
import { decideNomination, withdrawNomination } from "@/lib/server/operations/nominations";
import { readJson, respond } from "../respond";

export const PATCH = apiRoute<{ id: string }>(async ({ request, db, user, scope, params }) => {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) return notFound(`no nomination "${params.id}"`);
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const patch = ZNominationPatch.safeParse(json.body);
  if (!patch.success) return invalidInput(patch.error);
  const { action, reason, version } = patch.data;
  const outcome =
    action === "withdraw"
      ? await withdrawNomination({ db, user, scope, id, version })
      : await decideNomination({ db, user, scope, id, decision: action, reason, version });
  return respond(outcome);
});
