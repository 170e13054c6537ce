import { z } from "zod";
import type { ImportProgress } from "@/lib/csv/progress";
import type { ImportResult, PlanResult } from "@/lib/csv/results";
import { isIsoDate } from "@/lib/domain/dates";
import { IMPORT_KINDS, type ImportKind } from "@/lib/csv/rows";

// The upload page posts here (app/(dashboard)/import/run/route.ts): a
// multipart form with `kind`, `intent` and `file`.
export const IMPORT_RUN_PATH = "/import/run";

// The largest file the upload page takes. A 100,000-person people.csv with
// every column is about 10 MB, so this leaves room for a much larger
// organization or long values; anything bigger is an operator's job for the
// command line, which has no limit. Checked in the browser before uploading
// and again on the server.
export const MAX_UPLOAD_BYTES = 50_000_000;

export const MAX_UPLOAD_LABEL = `${MAX_UPLOAD_BYTES / 1_000_000} MB`;

export const tooLargeMessage = (bytes: number | null) =>
  `${bytes === null ? "That file" : `That file (${(bytes / 1_000_000).toFixed(1)} MB)`} is over the upload page's ${MAX_UPLOAD_LABEL} limit; import it with the command line (npm run baton -- import).`;

export const ZImportUpload = z.object({
  kind: z.enum(IMPORT_KINDS as [ImportKind, ...ImportKind[]], { error: "choose what kind of file this is" }),
  intent: z.enum(["preview", "apply"], { error: 'intent is "preview" or "apply"' }),
  // An Excel workbook's sheet; empty or absent: the first.
  sheet: z.string().max(31).optional().transform((name) => name?.trim() || undefined),
  // Back-filling (SPEC §8): the day the file's changes took effect; empty = today.
  effectiveDate: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isIsoDate(value), "the effective date must be a real date as YYYY-MM-DD"),
});
export type ImportIntent = z.infer<typeof ZImportUpload>["intent"];

// The route's answer, one JSON object per line: progress while it works, then
// exactly one of the last three.
export type ImportStreamEvent =
  | { type: "progress"; progress: ImportProgress }
  | { type: "previewed"; result: PlanResult }
  | { type: "applied"; result: ImportResult }
  | { type: "failed"; message: string };
