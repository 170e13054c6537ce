import { z } from "zod";
import { FIT_PARTS } from "@/lib/domain/suggestions";

// GET /api/v1/positions/{id}/suggestions (SPEC §10).
export const MAX_SUGGESTIONS = 50;
export const ZSuggestionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(MAX_SUGGESTIONS).optional() });

export const ZSuggestionList = z.object({
  rows: z.array(
    z.object({
      employeeId: z.string(),
      name: z.string(),
      fit: z.number().min(0).max(100).describe("the sum of the parts, floored at 0"),
      parts: z
        .object(Object.fromEntries(FIT_PARTS.map((p) => [p, z.number().nullable()])) as Record<(typeof FIT_PARTS)[number], z.ZodNullable<z.ZodNumber>>)
        .describe("points per named part (penalties negative); null when the assessment behind it is missing"),
    }),
  ),
});
