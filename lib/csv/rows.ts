import { z } from "zod";
import type { FlightRisk, Impact, Readiness } from "@/lib/domain/types";
import {
  optionalBoolean,
  optionalChoice,
  optionalDate,
  optionalInteger,
  optionalText,
  requiredChoice,
  requiredEmail,
  requiredInteger,
  requiredOrgPath,
  requiredText,
} from "./cells";

// One row schema per CSV file of SPEC §6. The keys are the column names, in
// the spec's order. A column whose schema is not `.optional()` must be in the
// header; an optional column may be left out of the file entirely, which the
// importer reads as "keep what Baton has" (an empty cell, by contrast, clears
// the value or falls back to the default; see docs/import.md).

export const IMPACTS = ["low", "medium", "high"] as const satisfies readonly Impact[];
export const FLIGHT_RISKS = ["low", "medium", "high"] as const satisfies readonly FlightRisk[];
export const READINESS = ["ready_now", "1_2_years", "3_plus_years"] as const satisfies readonly Readiness[];
// A file may propose or record HR's decision; withdrawn and succeeded are
// reached through the app only.
export const IMPORTED_NOMINATION_STATUSES = ["proposed", "approved", "declined"] as const;

const key = () => requiredText(64);
const optionalKey = () => optionalText(64).optional();
// A birth year after this one is always a typo.
const birthYear = () => optionalInteger(1900, new Date().getFullYear()).optional();
const item = () => requiredInteger(1, 5);

export const ZPeopleRow = z.object({
  employee_id: key(),
  name: requiredText(),
  email: requiredEmail(),
  title: requiredText(),
  org_unit_path: requiredOrgPath(),
  manager_employee_id: optionalKey(),
  level: requiredText(32),
  hire_date: optionalDate().optional(),
  role_start_date: optionalDate().optional(),
  planned_retirement_date: optionalDate().optional(),
  retirement_eligibility_date: optionalDate().optional(),
  birth_year: birthYear(),
  location: optionalText().optional(),
  position_id: optionalKey(),
  critical: optionalBoolean().optional(),
  impact_of_loss: optionalChoice(IMPACTS, "impact of loss").optional(),
});

export const ZPositionRow = z.object({
  position_id: key(),
  title: requiredText(),
  org_unit_path: requiredOrgPath(),
  level: requiredText(32),
  incumbent_employee_id: optionalKey(),
  critical: optionalBoolean().optional(),
  impact_of_loss: optionalChoice(IMPACTS, "impact of loss").optional(),
});

export const ZAssessmentRow = z.object({
  employee_id: key(),
  cycle: requiredText(100),
  performance: requiredInteger(1, 3),
  potential: requiredInteger(1, 3),
  mgmt_planning: item(),
  mgmt_organizing: item(),
  mgmt_controlling: item(),
  mgmt_problem_solving: item(),
  lead_direction: item(),
  lead_alignment: item(),
  lead_inspiration: item(),
  lead_change: item(),
  leadership_time_pct: requiredInteger(0, 100),
  flight_risk: requiredChoice(FLIGHT_RISKS, "flight risk"),
  assessor_employee_id: optionalKey(),
  notes: optionalText(4000).optional(),
  cycle_date: optionalDate().optional(),
});

export const ZNominationRow = z.object({
  position_id: key(),
  candidate_employee_id: key(),
  readiness: requiredChoice(READINESS, "readiness"),
  status: optionalChoice(IMPORTED_NOMINATION_STATUSES, "status").optional(),
  emergency: optionalBoolean().optional(),
  nominated_by_employee_id: optionalKey(),
  rationale: optionalText(4000).optional(),
});

export type PeopleRow = z.output<typeof ZPeopleRow>;
export type PositionRow = z.output<typeof ZPositionRow>;
export type AssessmentRow = z.output<typeof ZAssessmentRow>;
export type NominationRow = z.output<typeof ZNominationRow>;

export const CSV_ROW_SCHEMAS = {
  people: ZPeopleRow,
  positions: ZPositionRow,
  assessments: ZAssessmentRow,
  nominations: ZNominationRow,
} as const;

export type ImportKind = keyof typeof CSV_ROW_SCHEMAS;
export const IMPORT_KINDS = Object.keys(CSV_ROW_SCHEMAS) as ImportKind[];

export function isImportKind(value: string): value is ImportKind {
  return Object.hasOwn(CSV_ROW_SCHEMAS, value);
}

// The header a file of this kind may have, split by whether it must be there.
export function csvColumns(kind: ImportKind): { required: string[]; optional: string[] } {
  const shape: Record<string, z.ZodType> = CSV_ROW_SCHEMAS[kind].shape;
  const names = Object.keys(shape);
  const optional = names.filter((name) => shape[name] instanceof z.ZodOptional);
  return { required: names.filter((name) => !optional.includes(name)), optional };
}
