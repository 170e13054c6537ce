"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction } from "@/lib/server/http/action";
import { deleteScenario, saveScenario } from "@/lib/server/operations/scenarios";

// The save form's fields: the leavers travel as the address's comma list.
const ZSaveForm = z.object({
  name: z.string(),
  leavers: z.string().default("").transform((s) => s.split(",").map((id) => id.trim()).filter(Boolean)),
  retireBy: z.string().optional().transform((s) => (s ? s : null)),
});

const ZDeleteForm = z.object({ id: z.coerce.number().int().positive() });

const back = (params: Record<string, string>) => `/scenarios?${new URLSearchParams(params).toString()}`;

// saveScenario authorizes: a forged form from an executive is refused there.
export async function saveScenarioAction(formData: FormData) {
  const { values, result } = await runAction({ formData, input: ZSaveForm }, saveScenario);
  if (result.ok) redirect(back({ saved: String(result.value.id), done: `Saved as “${result.value.name}”.` }));
  const again: Record<string, string> = { error: result.message };
  if (values.leavers) again.leavers = values.leavers;
  if (values.retireBy) again.retireBy = values.retireBy;
  redirect(back(again));
}

export async function deleteScenarioAction(formData: FormData) {
  const { result } = await runAction({ formData, input: ZDeleteForm }, (viewer, input) => deleteScenario(viewer, input.id));
  redirect(back(result.ok ? { done: "Scenario deleted." } : { error: result.message }));
}
