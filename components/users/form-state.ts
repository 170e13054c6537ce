// A refused form shows again what was typed.
type FormValues = Record<string, string>;

// What every user administration action hands back to its form: what was
// typed (so a refused form keeps it), the outcome in words, field errors,
// and a secret (a generated password, a new API token) shown this once and
// never again: Baton keeps only its hash.
export interface AccountFormState {
  // Bumped on every success so the form remounts empty.
  version: number;
  status: "idle" | "saved" | "refused";
  message: string;
  fieldErrors: Record<string, string>;
  values: FormValues;
  secret: string | null;
}

export type AccountFormAction = (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;

export const initialAccountState: AccountFormState = { version: 0, status: "idle", message: "", fieldErrors: {}, values: {}, secret: null };
