import type { Settings } from "@/lib/domain/types";

export interface NumberField {
  name: Exclude<keyof Settings, "ageRuleEnabled">;
  label: string;
  help: string;
  unit: string;
  step: string;
}

// The thresholds of SPEC §3, in the order the spec introduces them; the help
// text says what each one changes so HR can predict the effect of an edit.
export const NUMBER_FIELDS: readonly NumberField[] = [
  { name: "retirementHorizonMonths", label: "Retirement horizon", unit: "months", step: "1", help: "A retirement date within this window counts as retiring soon (default 24)." },
  { name: "stuckMinMonthsInRole", label: "Stuck in management: minimum time in role", unit: "months", step: "1", help: "Leaders newer in their role than this are never flagged (default 6)." },
  { name: "stuckLeadershipTimePctBelow", label: "Stuck in management: leadership time below", unit: "%", step: "any", help: "Flag a leader spending less of their time on leadership work (default 40)." },
  { name: "stuckScoreGapAbove", label: "Stuck in management: score gap above", unit: "points", step: "any", help: "Flag a leader whose leadership score trails the management score by more (default 15)." },
  { name: "readyScoreMin", label: "Ready score minimum", unit: "of 100", step: "any", help: "The relevant score a ready candidate needs, for pipeline and readiness-mismatch checks (default 60)." },
  { name: "pipelinePotentialMin", label: "Pipeline potential minimum", unit: "1–3", step: "1", help: "The potential rating that counts someone as ready in the pipeline (default 2)." },
  { name: "retirementAge", label: "Retirement age (age rule only)", unit: "years", step: "1", help: "Used only when the age rule below is on (default 65)." },
  // Successor suggestions: the gains are scaled to add up to 100, the penalties on the same scale.
  { name: "fitWeightCapability", label: "Suggestions: weight of the relevant score", unit: "weight", step: "any", help: "Leadership score for a leadership seat, management score otherwise (default 35)." },
  { name: "fitWeightPotential", label: "Suggestions: weight of potential", unit: "weight", step: "any", help: "The latest assessment's potential rating (default 20)." },
  { name: "fitWeightPerformance", label: "Suggestions: weight of performance", unit: "weight", step: "any", help: "The latest assessment's performance rating (default 15)." },
  { name: "fitWeightTimeInRole", label: "Suggestions: weight of time in role", unit: "weight", step: "any", help: "Counts in full after three years in the current role (default 10)." },
  { name: "fitWeightLevel", label: "Suggestions: weight of level distance", unit: "weight", step: "any", help: "One rung below the seat counts most, the same level less, two rungs below least (default 10)." },
  { name: "fitWeightSameUnit", label: "Suggestions: weight of the same org unit", unit: "weight", step: "any", help: "In the seat's own unit or below counts in full, the same division half (default 10)." },
  { name: "fitWeightFlightRisk", label: "Suggestions: flight risk penalty", unit: "weight", step: "any", help: "Taken off in full for high flight risk, half for medium (default 15)." },
  { name: "fitWeightOnlySuccessor", label: "Suggestions: penalty for being another seat's only successor", unit: "weight", step: "any", help: "Half for one such seat, in full for two or more (default 10)." },
];
