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
