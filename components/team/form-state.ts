import type { AssessmentField } from "@/lib/schemas/assessment";

// What the assess action hands back to the form: the answers as typed, so
// a refused save keeps them, and a message per field.
export interface AssessFormState {
  message: string | null;
  tone: "ok" | "error";
  fieldErrors: Partial<Record<AssessmentField, string>>;
  values: Record<string, string>;
  status: "draft" | "submitted" | null;
  // Bumped on every answer; the form remounts on it, because React resets a
  // form after its action and a <select> would otherwise fall back to the
  // values it was first rendered with.
  version: number;
}
