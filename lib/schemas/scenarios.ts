import { z } from "zod";
import { ZIsoDate } from "./api";

// POST /api/v1/scenarios/simulate (SPEC §9). A scenario never changes data.
export const MAX_SCENARIO_LEAVERS = 1000;

export const ZScenarioRequest = z
  .strictObject({
    asOf: ZIsoDate.optional(),
    leavers: z.array(z.string().trim().min(1).max(64)).max(MAX_SCENARIO_LEAVERS).default([]),
    retireBy: ZIsoDate.optional(),
  })
  .refine((s) => s.leavers.length > 0 || s.retireBy !== undefined, { message: "name at least one leaver or a retireBy date", path: ["leavers"] });
export type ScenarioRequest = z.infer<typeof ZScenarioRequest>;

const ZFigures = z.object({
  flags: z.record(z.string(), z.number().int()),
  bench: z.record(z.string(), z.number().int()),
  benchStrength: z.record(z.string(), z.number().nullable()),
  highRiskSeats: z.number().int(),
  vacantSeats: z.number().int(),
});

const ZCell = z.object({ positions: z.number().int(), highRisk: z.number().int(), meanRisk: z.number().nullable(), maxRisk: z.number().nullable(), noReadySuccessor: z.number().int() });

export const ZScenarioResult = z.object({
  asOf: z.string(),
  leavers: z.array(z.string()),
  moves: z.array(
    z.object({ step: z.number().int(), positionId: z.string(), vacatedBy: z.string(), filledBy: z.string(), fromPositionIds: z.array(z.string()), depth: z.number().int() }),
  ),
  unfilled: z.array(
    z.object({
      positionId: z.string(),
      vacatedBy: z.string(),
      depth: z.number().int(),
      reason: z.enum(["no-ready-now-successor", "all-moved-or-leaving"]),
      blocked: z.array(z.object({ employeeId: z.string(), why: z.enum(["leaving", "moved"]) })),
    }),
  ),
  depth: z.number().int(),
  before: ZFigures,
  after: ZFigures,
  heatmapChanges: z.array(z.object({ orgUnitId: z.string().nullable(), orgUnitName: z.string().nullable(), level: z.string(), before: ZCell, after: ZCell })),
});

// The /scenarios page's address: the inputs live in the URL so a link is the
// scenario (leavers as comma-separated employee ids).
export const ZScenarioPageQuery = z.object({
  leavers: z
    .string()
    .max(20_000)
    .optional()
    .transform((s) => [...new Set((s ?? "").split(",").map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(64, "an employee id has at most 64 characters")).max(MAX_SCENARIO_LEAVERS, `at most ${MAX_SCENARIO_LEAVERS} leavers`)),
  retireBy: ZIsoDate.optional(),
  q: z.string().trim().max(100, "search with at most 100 characters").optional(),
  saved: z.coerce.number().int().positive("a saved scenario's number").optional(),
});
export type ScenarioPageQuery = z.infer<typeof ZScenarioPageQuery>;

// A scenario HR keeps by name: its inputs only (SPEC §9).
export const ZSaveScenario = z
  .object({
    name: z.string().trim().min(1, "Give the scenario a name").max(120, "At most 120 characters"),
    leavers: z.array(z.string().trim().min(1).max(64)).max(MAX_SCENARIO_LEAVERS).default([]),
    retireBy: ZIsoDate.nullish(),
  })
  .refine((s) => s.leavers.length > 0 || s.retireBy, { message: "Name at least one leaver or a retire-by date", path: ["leavers"] });
export type SaveScenarioInput = z.input<typeof ZSaveScenario>;
