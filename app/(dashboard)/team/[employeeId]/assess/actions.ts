"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { AssessFormState } from "@/components/team/form-state";
import { runAction } from "@/lib/server/http/action";
import { saveAssessment } from "@/lib/server/operations/assessments";

// The answers themselves are checked by saveAssessment, which also authorizes.
const ZAssessForm = z.looseObject({ intent: z.string().optional() });

// The answers come back as typed when a save is refused.
export async function saveAssessmentAction(employeeId: string, previous: AssessFormState, formData: FormData): Promise<AssessFormState> {
  const { values: typed, result } = await runAction({ formData, input: ZAssessForm }, (viewer, { intent, ...answers }) =>
    saveAssessment(viewer, { employeeId, values: answers, submit: intent === "submit" }),
  );
  const { intent: _intent, ...values } = typed;
  if (result.ok && result.value.status === "submitted") {
    redirect(`/team?done=${encodeURIComponent(`Assessment of ${employeeId} submitted.`)}`);
  }
  if (result.ok) return { message: "Draft saved. It does not count until you submit it.", tone: "ok", fieldErrors: {}, values, status: "draft", version: previous.version + 1 };
  return { message: result.message, tone: "error", fieldErrors: result.fieldErrors ?? {}, values, status: previous.status, version: previous.version + 1 };
}
