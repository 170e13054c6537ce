"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { scopeFor } from "@/lib/server/access/scope";
import { getDb } from "@/lib/server/infra/db";
import { decideNomination, withdrawNomination, type Outcome } from "@/lib/server/operations/nominations";
import { markNotificationsRead } from "@/lib/server/operations/notifications";
import { requireUser } from "@/lib/server/auth/session";

// Thin wrappers: parse the form, call the same domain operations as the API
// (which authorize), and come back to the inbox with the outcome.
const ZForm = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  reason: z.string().max(2000).optional(),
});

async function context(formData: FormData) {
  const user = await requireUser();
  const db = getDb();
  const form = ZForm.safeParse(Object.fromEntries(formData));
  if (!form.success) redirect(`/nominations?error=${encodeURIComponent("that form was incomplete; reload and try again")}`);
  return { db, user, scope: await scopeFor(db, user), form: form.data };
}

function back(outcome: Outcome<unknown>, done: string): never {
  redirect(`/nominations?${outcome.ok ? "done" : "error"}=${encodeURIComponent(outcome.ok ? done : outcome.message)}`);
}

export async function approveAction(formData: FormData) {
  const { form, ...ctx } = await context(formData);
  back(await decideNomination({ ...ctx, id: form.id, version: form.version, decision: "approve" }), "Nomination approved.");
}

export async function declineAction(formData: FormData) {
  const { form, ...ctx } = await context(formData);
  back(await decideNomination({ ...ctx, id: form.id, version: form.version, decision: "decline", reason: form.reason }), "Nomination declined.");
}

export async function withdrawAction(formData: FormData) {
  const { form, ...ctx } = await context(formData);
  back(await withdrawNomination({ ...ctx, id: form.id, version: form.version }), "Nomination withdrawn.");
}

export async function markNotificationsReadAction(formData: FormData) {
  const user = await requireUser();
  const upToId = z.coerce.number().int().positive().safeParse(formData.get("upToId"));
  if (!upToId.success) redirect(`/nominations?error=${encodeURIComponent("that form was incomplete; reload and try again")}`);
  await markNotificationsRead({ db: getDb(), user, upToId: upToId.data });
  // The unread count lives in the shared layout, which a redirect alone keeps.
  revalidatePath("/", "layout");
  redirect(`/nominations?done=${encodeURIComponent("Notifications marked as read.")}`);
}
