import type { ImportKind, ImportResult, PlanResult } from "@/lib/import/types";

// Next.js refuses server-action bodies over 1 MB (its default
// serverActions.bodySizeLimit). Staying under it keeps the error ours and
// readable; bigger files go through the CLI (`npm run baton import`).
export const MAX_UPLOAD_BYTES = 1_000_000;

export type ImportIntent = "preview" | "apply";

export type ImportState =
  | { step: "idle" }
  | { step: "rejected"; message: string }
  | { step: "previewed"; result: PlanResult }
  | { step: "applied"; result: ImportResult };

export type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

export interface KindColumns {
  kind: ImportKind;
  required: string[];
  optional: string[];
}
