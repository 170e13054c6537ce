import { z } from "zod";
import { IMPORT_KINDS, type ImportKind } from "@/lib/csv/rows";

// POST /api/v1/imports/{kind} (docs/import.md, "Pushing files from an HRIS"):
// the file is the raw request body, the options are query parameters.

export const ZImportKind = z.enum(IMPORT_KINDS as [ImportKind, ...ImportKind[]], {
  error: `the kind is one of ${IMPORT_KINDS.join(", ")}`,
});

export const ZImportPushQuery = z
  .object({
    dryRun: z
      .enum(["true", "false"], { error: 'dryRun is "true" or "false"' })
      .optional()
      .describe("true: validate and answer what would change, write nothing"),
    fileName: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\\u0000-\u001f]+$/, "a file name without folders or control characters")
      .optional()
      .describe("recorded in the audit log as the import's source (default: <kind>.csv, or <kind>.xlsx for a workbook)"),
    sheet: z.string().min(1).max(31).optional().describe("an Excel workbook's sheet to read (default: the first)"),
  })
  .strict();
export type ImportPushQuery = z.infer<typeof ZImportPushQuery>;

// The media types a body may have. CSV is text; anything else a script might
// send by default (curl -d sends a form and strips the line breaks) is refused
// before the file is read.
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const IMPORT_MEDIA_TYPES = ["text/csv", "text/plain", "application/octet-stream", XLSX_MEDIA_TYPE] as const;

const ZCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const ZImportPushResult = z.object({
  ok: z.literal(true),
  kind: ZImportKind,
  fileName: z.string(),
  rowCount: z.number().int(),
  applied: z.boolean().describe("false on a dry run, and when the file matches what is stored"),
  hasChanges: z.boolean(),
  summary: z.record(z.enum(["people", "positions", "orgUnits", "cycles", "assessments", "nominations"]), ZCounts),
  preview: z.array(z.object({ entity: z.string(), key: z.string(), action: z.enum(["create", "update"]) })).describe("the first records written"),
});

export const ZImportPushRefusal = z.object({
  error: z.object({ code: z.literal("unprocessable"), message: z.string() }),
  errorCount: z.number().int().describe("every error; `errors` lists the first 200"),
  errors: z.array(
    z.object({
      row: z.number().int().describe("the row a spreadsheet shows (header = 1); 0 for the file as a whole"),
      line: z.number().int().optional().describe("the CSV file's line where the row starts, when multi-line cells make it differ from the row"),
      column: z.string().nullable(),
      message: z.string(),
    }),
  ),
  lines: z.array(z.string()).describe("the same errors as one readable line each, for a cron log"),
});
