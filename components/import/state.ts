import type { ImportKind, ImportResult, PlanResult } from "@/lib/csv/results";

// What the last finished step said.
export type ImportState =
  | { step: "idle" }
  | { step: "rejected"; message: string }
  | { step: "previewed"; result: PlanResult }
  | { step: "applied"; result: ImportResult };

export interface KindColumns {
  kind: ImportKind;
  required: string[];
  optional: string[];
}
