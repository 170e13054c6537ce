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
];
