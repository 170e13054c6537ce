"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionOutcome } from "@/lib/server/http/action";
import { approveNominations } from "@/lib/server/operations/nomination-bulk";
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

// The inbox's checkboxes are named pick-<id>, each carrying the version HR
// read; several approvals, each decided, authorized and audited on its own.
const ZBulkForm = z.looseObject({}).transform((fields) =>
  Object.entries(fields).flatMap(([key, version]) => {
    const id = /^pick-(\d+)$/.exec(key)?.[1];
    const v = Number(version);
    return id && Number.isInteger(v) && v > 0 ? [{ id: Number(id), version: v }] : [];
  }),
);

export async function bulkApproveAction(formData: FormData) {
  const { result } = await runAction({ formData, input: ZBulkForm, invalid: INCOMPLETE }, (viewer, picks) => approveNominations(viewer, picks));
  if (!result.ok) redirect(`/nominations?error=${encodeURIComponent(result.message)}`);
  const { approved, refused } = result.value;
  const params = new URLSearchParams();
  if (approved.length > 0) params.set("done", `Approved ${approved.length}: ${approved.map((a) => a.label).join("; ")}.`);
  if (refused.length > 0) params.set("error", `Not approved (${refused.length}): ${refused.map((r) => `${r.label} — ${r.message}`).join("; ")}.`);
  redirect(`/nominations?${params.toString()}`);
}
