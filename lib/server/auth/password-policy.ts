import { dictionary } from "@zxcvbn-ts/language-common";

// Baton's password rule (docs/security.md), for every place a password is
// chosen: `user add`, the CLI and the admin page. Long enough to resist
// guessing (NIST SP 800-63B asks at least 8; we hold HR data and ask 12),
// not the account's email, and not on the list of passwords leaked most
// often (zxcvbn-ts's common list, about 49,000 entries).

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())));

// Null when the password may be used, else what to change, in words.
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `use at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  if (lower.includes(address) || (local.length >= 4 && lower.replace(/[^a-z0-9]/g, "") === local.replace(/[^a-z0-9]/g, ""))) {
    return "do not use your email address as the password";
  }
  if (new Set(lower).size < 4) return "use more than a few different characters";
  if (commonPasswords().has(lower)) return "that is one of the most common passwords; choose another";
  return null;
}
