import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/server/access/request-viewer";
import type { Viewer } from "@/lib/server/access/viewer";
import { fieldErrorsOf, refuse, type Result } from "@/lib/server/operations/result";

// A form's text fields as submitted, without React's own $ACTION_… fields:
// what a refused form shows again.
export type FormValues = Record<string, string>;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

export interface ActionOutcome<T> {
  values: FormValues;
  result: Result<T>;
}

// Every server action in one order: the form's fields → zod → the signed-in
// viewer (or a redirect to sign in) → the operation, which authorizes → one
// Result. The action then turns the Result into its form state or a redirect.
export async function runAction<S extends z.ZodType, T>(
  options: { formData: FormData; input: S; invalid?: string | ((error: z.ZodError) => string) },
  operation: (viewer: Viewer, input: z.output<S>) => Promise<Result<T>>,
): Promise<ActionOutcome<T>> {
  const values = formValues(options.formData);
  const viewer = await getViewer();
  const parsed = options.input.safeParse(values);
  if (!parsed.success) {
    const { invalid = "Some answers need another look." } = options;
    const message = typeof invalid === "string" ? invalid : invalid(parsed.error);
    return { values, result: refuse("bad_request", message, fieldErrorsOf(parsed.error.issues)) };
  }
  return { values, result: await operation(viewer, parsed.data) };
}
