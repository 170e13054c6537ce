// Header names of the four CSV files, exactly as SPEC §6 lists them, in the
// order the generator writes them.

export const PEOPLE_COLUMNS = [
  "employee_id",
  "name",
  "email",
  "title",
  "org_unit_path",
  "manager_employee_id",
  "level",
  "hire_date",
  "role_start_date",
  "planned_retirement_date",
  "retirement_eligibility_date",
  "birth_year",
  "location",
  "position_id",
  "critical",
  "impact_of_loss",
] as const;

export const POSITIONS_COLUMNS = [
  "position_id",
  "title",
  "org_unit_path",
  "level",
  "incumbent_employee_id",
  "critical",
  "impact_of_loss",
] as const;

// cycle_date is the optional column that dates a cycle named for the first time.
export const ASSESSMENT_COLUMNS = [
  "employee_id",
  "cycle",
  "cycle_date",
  "performance",
  "potential",
  "mgmt_planning",
  "mgmt_organizing",
  "mgmt_controlling",
  "mgmt_problem_solving",
  "lead_direction",
  "lead_alignment",
  "lead_inspiration",
  "lead_change",
  "leadership_time_pct",
  "flight_risk",
  "assessor_employee_id",
  "notes",
] as const;

export const NOMINATION_COLUMNS = [
  "position_id",
  "candidate_employee_id",
  "readiness",
  "status",
  "emergency",
  "nominated_by_employee_id",
  "rationale",
] as const;

export type CsvRow<Columns extends readonly string[]> = Record<Columns[number], string>;
