"use server";

import { redirect } from "next/navigation";
import { ZNewNomination } from "@/lib/schemas/nominations";
import { scopeFor } from "@/lib/server/access/scope";
import { getDb } from "@/lib/server/infra/db";
import { createNomination } from "@/lib/server/operations/nominations";
import { requireUser } from "@/lib/server/auth/session";

// Saves the draft the slate page checked; createNomination authorizes, so a
// forged form (another manager's seat, a role field) is refused there.
export async function saveNominationAction(formData: FormData) {
  const user = await requireUser();
  const db = getDb();
  const positionId = String(formData.get("positionId") ?? "");
  const slate = `/positions/${encodeURIComponent(positionId)}`;
  const input = ZNewNomination.safeParse({
    positionId,
    candidateId: formData.get("candidateId"),
    readiness: formData.get("readiness"),
    emergency: formData.get("emergency") === "on",
    rationale: formData.get("rationale") || undefined,
  });
  if (!input.success) redirect(`${slate}?error=${encodeURIComponent("the nomination form was incomplete")}`);
  const outcome = await createNomination({ db, user, scope: await scopeFor(db, user), input: input.data });
  redirect(outcome.ok ? `${slate}?done=${encodeURIComponent("Nomination saved: HR will review it.")}` : `${slate}?error=${encodeURIComponent(outcome.message)}`);
}
