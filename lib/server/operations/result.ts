// The one answer of every write (and of reads that can refuse): a value, or a
// refusal with a code the API maps to an HTTP status (lib/server/http/api-response.ts)
// and a message a person can act on. Forms also get the first message per field.
export type RefusalCode = "bad_request" | "forbidden" | "not_found" | "conflict";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  fieldErrors?: Record<string, string>;
}

export type Result<T = null> = { ok: true; value: T } | Refusal;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const refuse = (code: RefusalCode, message: string, fieldErrors?: Record<string, string>): Refusal =>
  fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };

// The first message for each field of a zod error, keyed by `keyOf` (the
// first path segment unless told otherwise).
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  keyOf: (path: readonly PropertyKey[]) => string | null = (path) => String(path[0] ?? "form"),
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = keyOf(issue.path);
    if (key !== null) errors[key] ??= issue.message;
  }
  return errors;
}
