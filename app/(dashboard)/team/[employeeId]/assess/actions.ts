"use server";

import { redirect } from "next/navigation";
import type { AssessFormState } from "@/components/team/form-state";
import { scopeFor } from "@/lib/server/access/scope";
import { saveAssessment } from "@/lib/server/operations/assessments";
import { getDb } from "@/lib/server/infra/db";
import { requireUser } from "@/lib/server/auth/session";

// Thin wrapper: the form's text goes to saveAssessment, which validates and
// authorizes; the answers come back as typed when a save is refused.
export async function saveAssessmentAction(employeeId: string, previous: AssessFormState, formData: FormData): Promise<AssessFormState> {
  const user = await requireUser();
  const db = getDb();
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  const submit = values.intent === "submit";
  delete values.intent;
  const outcome = await saveAssessment({ db, user, scope: await scopeFor(db, user), employeeId, values, submit });
  if (outcome.ok && outcome.status === "submitted") {
    redirect(`/team?done=${encodeURIComponent(`Assessment of ${employeeId} submitted.`)}`);
  }
  if (outcome.ok) return { message: "Draft saved. It does not count until you submit it.", tone: "ok", fieldErrors: {}, values, status: "draft", version: previous.version + 1 };
  return {
    message: outcome.message,
    tone: "error",
    fieldErrors: outcome.code === "bad_request" ? outcome.fieldErrors : {},
    values,
    status: previous.status,
    version: previous.version + 1,
  };
}
