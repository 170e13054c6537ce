import type { Settings } from "@/lib/domain/types";
import { SETTING_LABELS } from "@/lib/labels";

export interface NumberField {
  name: Exclude<keyof Settings, "ageRuleEnabled">;
  help: string;
  unit: string;
  step: string;
}

// The engine's thresholds, in the order the rules introduce them; the help
// text says what each one changes so HR can predict the effect of an edit.
const FIELDS: readonly NumberField[] = [
  { name: "retirementHorizonMonths", unit: "months", step: "1", help: "A retirement date within this window counts as retiring soon (default 24)." },
  { name: "stuckMinMonthsInRole", unit: "months", step: "1", help: "Leaders newer in their role than this are never flagged (default 6)." },
  { name: "stuckLeadershipTimePctBelow", unit: "%", step: "any", help: "Flag a leader spending less of their time on leadership work (default 40)." },
  { name: "stuckScoreGapAbove", unit: "points", step: "any", help: "Flag a leader whose leadership score trails the management score by more (default 15)." },
  { name: "readyScoreMin", unit: "of 100", step: "any", help: "The relevant score a ready candidate needs, for pipeline and readiness-mismatch checks (default 60)." },
  { name: "pipelinePotentialMin", unit: "1–3", step: "1", help: "The potential rating that counts someone as ready in the pipeline (default 2)." },
  { name: "retirementAge", unit: "years", step: "1", help: "Used only when the age rule below is on (default 65)." },
  // Successor suggestions: the gains are scaled to add up to 100, the penalties on the same scale.
  { name: "fitWeightCapability", unit: "weight", step: "any", help: "Leadership score for a leadership seat, management score otherwise (default 35)." },
  { name: "fitWeightPotential", unit: "weight", step: "any", help: "The latest assessment's potential rating (default 20)." },
  { name: "fitWeightPerformance", unit: "weight", step: "any", help: "The latest assessment's performance rating (default 15)." },
  { name: "fitWeightTimeInRole", unit: "weight", step: "any", help: "Counts in full after three years in the current role (default 10)." },
  { name: "fitWeightLevel", unit: "weight", step: "any", help: "One rung below the seat counts most, the same level less, two rungs below least (default 10)." },
  { name: "fitWeightSameUnit", unit: "weight", step: "any", help: "In the seat's own unit or below counts in full, the same division half (default 10)." },
  { name: "fitWeightFlightRisk", unit: "weight", step: "any", help: "Taken off in full for high flight risk, half for medium (default 15)." },
  { name: "fitWeightOnlySuccessor", unit: "weight", step: "any", help: "Half for one such seat, in full for two or more (default 10)." },
];

// Labelled from the one table the audit log reads too.
export const NUMBER_FIELDS: readonly (NumberField & { label: string })[] = FIELDS.map((field) => ({ ...field, label: SETTING_LABELS[field.name] }));
