import { z } from "zod";
import { DEFAULT_SETTINGS, type Settings } from "@/lib/domain/types";

// Every engine threshold is a setting (SPEC §3); stored as one JSON value per
// key, validated on the way in and out so a bad row can never reach the engine.
export const ZSettings = z.object({
  retirementHorizonMonths: z.number().int().min(1).max(120),
  stuckMinMonthsInRole: z.number().int().min(0).max(120),
  stuckLeadershipTimePctBelow: z.number().min(0).max(100),
  stuckScoreGapAbove: z.number().min(0).max(100),
  readyScoreMin: z.number().min(0).max(100),
  pipelinePotentialMin: z.number().int().min(1).max(3),
  ageRuleEnabled: z.boolean(),
  retirementAge: z.number().int().min(50).max(80),
  fitWeightCapability: z.number().min(0).max(100),
  fitWeightPotential: z.number().min(0).max(100),
  fitWeightPerformance: z.number().min(0).max(100),
  fitWeightTimeInRole: z.number().min(0).max(100),
  fitWeightLevel: z.number().min(0).max(100),
  fitWeightSameUnit: z.number().min(0).max(100),
  fitWeightFlightRisk: z.number().min(0).max(100),
  fitWeightOnlySuccessor: z.number().min(0).max(100),
}) satisfies z.ZodType<Settings>;

export function settingsFromRows(rows: { key: string; value: string }[]): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) {
      try {
        stored[row.key] = JSON.parse(row.value);
      } catch {
        // An unreadable value falls back to the default rather than breaking every report.
      }
    }
  }
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = ZSettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
