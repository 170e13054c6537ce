"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import { NUMBER_FIELDS } from "@/components/settings/fields";
import type { SettingsFormState } from "@/components/settings/form-state";
import { runAction } from "@/lib/server/http/action";
import { updateSettings } from "@/lib/server/operations/settings";

const LEVEL_PREFIX = "level.";

// An empty box is "missing", not 0: Number("") would silently be zero.
const toNumber = (raw: string | undefined) => (raw === undefined || raw.trim() === "" ? undefined : Number(raw));

// Only reshapes the form; the zod schema in lib/server/operations/settings.ts checks every value.
const ZSettingsForm = z.record(z.string(), z.string()).transform((form) => {
  const ageRuleEnabled = form.ageRuleEnabled === "on";
  const settings: Record<string, number | boolean | undefined> = { ageRuleEnabled };
  for (const field of NUMBER_FIELDS) settings[field.name] = toNumber(form[field.name]);
  const levelNames: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) if (name.startsWith(LEVEL_PREFIX)) levelNames[name.slice(LEVEL_PREFIX.length)] = value;
  return { settings, levelNames };
});

export async function saveSettingsAction(previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const { values: form, result } = await runAction({ formData, input: ZSettingsForm }, updateSettings);
  const shown: Record<string, string | boolean> = { ageRuleEnabled: form.ageRuleEnabled === "on" };
  for (const field of NUMBER_FIELDS) shown[field.name] = form[field.name] ?? "";
  const levelNames = Object.fromEntries(Object.entries(form).flatMap(([name, value]) => (name.startsWith(LEVEL_PREFIX) ? [[name.slice(LEVEL_PREFIX.length), value]] : [])));
  const values = { settings: shown as SettingsFormState["values"]["settings"], levelNames };
  if (!result.ok && result.code === "not_found") notFound();
  if (!result.ok) return { version: previous.version, values, status: "invalid", fieldErrors: result.fieldErrors ?? {} };
  return { version: previous.version + 1, values, status: result.value.changed ? "saved" : "unchanged", fieldErrors: {} };
}
