"use server";

import { notFound } from "next/navigation";
import { NUMBER_FIELDS } from "@/components/settings/fields";
import type { SettingsFormState } from "@/components/settings/form-state";
import { getDb } from "@/lib/server/infra/db";
import { requireUser } from "@/lib/server/auth/session";
import { updateSettings } from "@/lib/server/operations/settings";

const LEVEL_PREFIX = "level.";

// An empty box is "missing", not 0: Number("") would silently be zero.
const toNumber = (raw: string) => (raw.trim() === "" ? undefined : Number(raw));

export async function saveSettingsAction(previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const ageRuleEnabled = formData.get("ageRuleEnabled") === "on";
  const shown: Record<string, string | boolean> = { ageRuleEnabled };
  const settings: Record<string, number | boolean | undefined> = { ageRuleEnabled };
  for (const field of NUMBER_FIELDS) {
    shown[field.name] = text(field.name);
    settings[field.name] = toNumber(text(field.name));
  }
  const levelNames: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith(LEVEL_PREFIX) && typeof value === "string") levelNames[name.slice(LEVEL_PREFIX.length)] = value;
  }
  const values = { settings: shown as SettingsFormState["values"]["settings"], levelNames };
  // The zod schema in lib/server/operations/settings.ts checks every value; this only reshapes the form.
  const outcome = await updateSettings({ db: getDb(), user, values: { settings, levelNames } });
  if (!outcome.ok && outcome.code === "not_found") notFound();
  if (!outcome.ok) return { version: previous.version, values, status: "invalid", fieldErrors: outcome.fieldErrors };
  return { version: previous.version + 1, values, status: outcome.changed ? "saved" : "unchanged", fieldErrors: {} };
}
