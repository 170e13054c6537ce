"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionOutcome } from "@/lib/server/http/action";
import { decideNomination, withdrawNomination } from "@/lib/server/operations/nominations";
import { markNotificationsRead } from "@/lib/server/operations/notifications";
import { ok } from "@/lib/server/operations/result";

// Thin wrappers: parse the form, call the same domain operations as the API
// (which authorize), and come back to the inbox with the outcome.
const ZForm = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  reason: z.string().max(2000).optional(),
});
const ZReadForm = z.object({ upToId: z.coerce.number().int().positive() });
const INCOMPLETE = "that form was incomplete; reload and try again";

function back({ result }: ActionOutcome<unknown>, done: string): never {
  redirect(`/nominations?${result.ok ? "done" : "error"}=${encodeURIComponent(result.ok ? done : result.message)}`);
}

export async function approveAction(formData: FormData) {
  const outcome = await runAction({ formData, input: ZForm, invalid: INCOMPLETE }, (viewer, form) =>
    decideNomination(viewer, { id: form.id, version: form.version, decision: "approve" }),
  );
  back(outcome, "Nomination approved.");
}

export async function declineAction(formData: FormData) {
  const outcome = await runAction({ formData, input: ZForm, invalid: INCOMPLETE }, (viewer, form) =>
    decideNomination(viewer, { id: form.id, version: form.version, decision: "decline", reason: form.reason }),
  );
  back(outcome, "Nomination declined.");
}

export async function withdrawAction(formData: FormData) {
  const outcome = await runAction({ formData, input: ZForm, invalid: INCOMPLETE }, (viewer, form) => withdrawNomination(viewer, { id: form.id, version: form.version }));
  back(outcome, "Nomination withdrawn.");
}

export async function markNotificationsReadAction(formData: FormData) {
  const outcome = await runAction({ formData, input: ZReadForm, invalid: INCOMPLETE }, async (viewer, form) =>
    ok(await markNotificationsRead(viewer, { upToId: form.upToId })),
  );
  // The unread count lives in the shared layout, which a redirect alone keeps.
  if (outcome.result.ok) revalidatePath("/", "layout");
  back(outcome, "Notifications marked as read.");
}
