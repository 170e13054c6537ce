"use server";

import { revalidatePath } from "next/cache";
import type { MailPreferencesFormState } from "@/components/account/form-state";
import { runAction } from "@/lib/server/http/action";
import { updateMailPreferences, ZMailPreferences } from "@/lib/server/operations/mail-preferences";

export async function saveMailPreferencesAction(previous: MailPreferencesFormState, formData: FormData): Promise<MailPreferencesFormState> {
  const { result } = await runAction({ formData, input: ZMailPreferences }, updateMailPreferences);
  if (!result.ok) return { version: previous.version, status: "invalid", message: result.message };
  revalidatePath("/account");
  return { version: previous.version + 1, status: result.value.changed ? "saved" : "unchanged", message: null };
}
