"use server";

import { redirect } from "next/navigation";
import type { DevelopmentFormState } from "@/components/team/DevelopmentForm";
import { scopeFor } from "@/lib/server/access/scope";
import { getDb } from "@/lib/server/infra/db";
import { proposeDevelopmentAction } from "@/lib/server/operations/development-actions";
import { requireUser } from "@/lib/server/auth/session";

export async function proposeDevelopmentActionAction(employeeId: string, _previous: DevelopmentFormState, formData: FormData): Promise<DevelopmentFormState> {
  const user = await requireUser();
  const db = getDb();
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  const outcome = await proposeDevelopmentAction({ db, user, scope: await scopeFor(db, user), employeeId, values });
  if (outcome.ok) redirect(`/team?done=${encodeURIComponent(`Development action planned for ${employeeId}.`)}`);
  return { message: outcome.message, fieldErrors: outcome.code === "bad_request" ? outcome.fieldErrors : {}, values };
}
