import type { Settings } from "@/lib/domain/types";

// What the settings action hands back to the form: the values to show (what
// was submitted, so a rejected form keeps the person's edits) and the outcome.
export interface SettingsFormState {
  // Bumped on every save so the form remounts with the values just stored.
  version: number;
  values: { settings: Record<keyof Settings, string | boolean>; levelNames: Record<string, string> };
  status: "idle" | "saved" | "unchanged" | "invalid";
  fieldErrors: Record<string, string>;
}

export type SettingsFormAction = (state: SettingsFormState, formData: FormData) => Promise<SettingsFormState>;

export function initialSettingsState(settings: Settings, levelNames: Record<string, string>): SettingsFormState {
  const shown = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, typeof v === "boolean" ? v : String(v)]));
  return { version: 0, values: { settings: shown as SettingsFormState["values"]["settings"], levelNames }, status: "idle", fieldErrors: {} };
}
