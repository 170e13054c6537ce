"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ZNewNomination } from "@/lib/schemas/nominations";
import { runAction } from "@/lib/server/http/action";
import { createNomination } from "@/lib/server/operations/nominations";
import { slateHref } from "@/lib/links";

// The nominate form's fields as a nomination: a ticked box sends "on".
const ZNominateForm = z.preprocess((form: Record<string, string>) => ({ ...form, emergency: form.emergency === "on", rationale: form.rationale || undefined }), ZNewNomination);

// Saves the draft the slate page checked; createNomination authorizes, so a
// forged form (another manager's seat, a role field) is refused there.
export async function saveNominationAction(formData: FormData) {
  const { values, result } = await runAction({ formData, input: ZNominateForm, invalid: "the nomination form was incomplete" }, createNomination);
  const slate = slateHref(values.positionId ?? "");
  redirect(result.ok ? `${slate}?done=${encodeURIComponent("Nomination saved: HR will review it.")}` : `${slate}?error=${encodeURIComponent(result.message)}`);
}
