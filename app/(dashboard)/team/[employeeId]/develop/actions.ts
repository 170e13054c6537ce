"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { DevelopmentFormState } from "@/components/team/DevelopmentForm";
import { runAction } from "@/lib/server/http/action";
import { proposeDevelopmentAction } from "@/lib/server/operations/development-actions";

// The fields are checked by proposeDevelopmentAction, which also authorizes.
const ZDevelopForm = z.record(z.string(), z.string());

export async function proposeDevelopmentActionAction(employeeId: string, _previous: DevelopmentFormState, formData: FormData): Promise<DevelopmentFormState> {
  const { values, result } = await runAction({ formData, input: ZDevelopForm }, (viewer, fields) => proposeDevelopmentAction(viewer, { employeeId, values: fields }));
  if (result.ok) redirect(`/team?done=${encodeURIComponent(`Development action planned for ${employeeId}.`)}`);
  return { message: result.message, fieldErrors: result.fieldErrors ?? {}, values };
}
