// What the preferences action hands back to the form.
export interface MailPreferencesFormState {
  // Bumped on every save so the form remounts on the values just stored.
  version: number;
  status: "idle" | "saved" | "unchanged" | "invalid";
  message: string | null;
}

export type MailPreferencesAction = (state: MailPreferencesFormState, formData: FormData) => Promise<MailPreferencesFormState>;

export const initialMailPreferencesState: MailPreferencesFormState = { version: 0, status: "idle", message: null };
