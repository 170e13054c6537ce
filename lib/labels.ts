import type { BenchStrength, FitPart, GapFlag, NominationStatus, Readiness, RetirementSource, Settings, VacancyRisk } from "@/lib/domain";

// The words people read for the engine's and the store's codes: one table per
// concept for every screen (the gap report, the heatmap, the summary, the org
// chart, the slates), kept apart from the codes the API and the CSV use. A
// tone is a meaning, not a colour: components map it to classes.
export type Tone = "critical" | "warning" | "caution" | "info" | "good" | "neutral";

export const FLAG_LABELS: Record<GapFlag, string> = {
  "no-successor": "No successor",
  "retirement-uncovered": "Retirement uncovered",
  "single-point": "Single point of failure",
  "stuck-incumbent": "Stuck in management",
  "readiness-mismatch": "Readiness mismatch",
};

// Shown as the badge's tooltip and in the filter's help text: what raised it.
export const FLAG_DESCRIPTIONS: Record<GapFlag, string> = {
  "no-successor": "A critical or leadership seat with no approved successor.",
  "retirement-uncovered": "The incumbent retires within the horizon and nobody approved is ready now.",
  "single-point": "One approved successor, who is retiring soon, a flight risk, or the only successor of another seat too.",
  "stuck-incumbent": "The incumbent holds a leadership role but still spends their time managing.",
  "readiness-mismatch": "Someone is named 'ready now' although their relevant score is under the bar.",
};

// The two flags that leave a seat uncovered come first in severity.
export const FLAG_TONES: Record<GapFlag, Tone> = {
  "no-successor": "critical",
  "retirement-uncovered": "critical",
  "single-point": "warning",
  "stuck-incumbent": "caution",
  "readiness-mismatch": "info",
};

export const VACANCY_LABELS: Record<VacancyRisk, string> = { low: "Low", medium: "Medium", high: "High" };
export const VACANCY_TONES: Record<VacancyRisk, Tone> = { low: "good", medium: "warning", high: "critical" };

// A phrase that reads wherever it stands alone (a badge, a table cell).
export const BENCH_LABELS: Record<BenchStrength, string> = { none: "No bench", weak: "Weak bench", moderate: "Moderate bench", strong: "Strong bench" };
export const BENCH_TONES: Record<BenchStrength, Tone> = { none: "critical", weak: "warning", moderate: "info", strong: "good" };

// SPEC §3: the product always says where a retirement date came from.
// A retirement date before the as-of date: the person was due to retire and is still here.
// Why a seat at risk 90 may come before one at 100 (docs/risk.md, exposure).
export const EXPOSURE_RANKING_NOTE = "Ranked by risk, weighed by how senior the seat is and whether it is marked critical.";

export const RETIREMENT_OVERDUE_LABEL = "Overdue";
export const RETIREMENT_OVERDUE_DESCRIPTION = "The retirement date has passed and the person is still in the seat.";

export const RETIREMENT_SOURCE_LABELS: Record<RetirementSource, string> = {
  planned: "planned",
  eligibility: "eligibility",
  age_rule: "age rule",
};

export const READINESS_LABELS: Record<Readiness, string> = {
  ready_now: "Ready now",
  "1_2_years": "Ready in 1–2 years",
  "3_plus_years": "Ready in 3+ years",
};

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  proposed: "Proposed",
  approved: "Approved",
  declined: "Declined",
  withdrawn: "Withdrawn",
  succeeded: "Succeeded",
};

// For codes read back from storage as text: an unknown one shows as itself.
export const readinessLabel = (code: string) => READINESS_LABELS[code as Readiness] ?? code;
export const statusLabel = (code: string) => NOMINATION_STATUS_LABELS[code as NominationStatus] ?? code;

// A user account's API token, as the user administration page lists it.
export type TokenStatus = "active" | "expired" | "revoked";
export const TOKEN_STATUS_LABELS: Record<TokenStatus, string> = { active: "Active", expired: "Expired", revoked: "Revoked" };
export const TOKEN_STATUS_TONES: Record<TokenStatus, Tone> = { active: "good", expired: "neutral", revoked: "neutral" };
// Why a seat stays unfilled in a what-if scenario.
export const UNFILLED_REASON_LABELS: Record<"no-ready-now-successor" | "all-moved-or-leaving", string> = {
  "no-ready-now-successor": "No approved successor is ready now",
  "all-moved-or-leaving": "Every ready-now successor is leaving or has already moved",
};
export const BLOCKED_LABELS: Record<"leaving" | "moved", string> = { leaving: "leaving too", moved: "already moved to another seat" };

// The named parts of a successor suggestion's fit score (docs/suggestions.md).
export const FIT_PART_LABELS: Record<FitPart, string> = {
  capability: "Relevant score",
  potential: "Potential",
  performance: "Performance",
  timeInRole: "Time in role",
  levelFit: "Level distance",
  sameUnit: "Same org unit",
  flightRisk: "Flight risk",
  onlySuccessorElsewhere: "Only successor elsewhere",
};

// An assessment in the open cycle, as My team shows it.
export const ASSESSMENT_STATUS_LABELS = { submitted: "Assessed", draft: "Draft", none: "Not assessed" } as const;

// The overview's "needs your action": what waits, by count.
export const HOME_TASK_LABELS = {
  decide: (n: number) => `${n === 1 ? "nomination waits" : "nominations wait"} for your decision`,
  assess: (n: number) => `${n === 1 ? "person" : "people"} to assess in the open cycle`,
  proposals: (n: number) => `of your proposals ${n === 1 ? "awaits" : "await"} HR's decision`,
  notifications: (n: number) => `unread ${n === 1 ? "notice" : "notices"} of HR's decisions`,
} as const;

// The audit log's words: a record's fields by name, and the values of the
// fields that hold a code. A field not listed reads as its name.
// What an audit event did, in words; an action not listed reads as its code
// with spaces ("sign_out_everywhere" → "sign out everywhere").
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  import: "Imported",
  approve: "Approved",
  decline: "Declined",
  withdraw: "Withdrew",
  calibrate: "Calibrated",
  revoke: "Revoked",
  unlock: "Unlocked",
  reset_password: "Reset the password of",
  sign_out_everywhere: "Signed out everywhere:",
  sign_in: "Signed in",
  sign_in_failed: "Failed sign-in",
  sign_in_locked: "Sign-in refused while locked",
  sign_out: "Signed out",
};
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action.replaceAll("_", " ");

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  person: "Person",
  position: "Position",
  assessment: "Assessment",
  nomination: "Nomination",
  development_action: "Development action",
  setting: "Setting",
  user: "User",
  api_token: "API token",
  session: "Session",
  cycle: "Cycle",
  import: "Import",
  org_unit: "Org unit",
  plan_snapshot: "Plan snapshot",
  scenario: "Saved scenario",
  // An import's summary event is named after the file's kind.
  people: "People",
  positions: "Positions",
  assessments: "Assessments",
  nominations: "Nominations",
  mail_preference: "E-mail preferences",
};

// The settings' names, on the settings form and in the audit log.
export const SETTING_LABELS: Record<keyof Settings, string> = {
  retirementHorizonMonths: "Retirement horizon",
  stuckMinMonthsInRole: "Stuck in management: minimum time in role",
  stuckLeadershipTimePctBelow: "Stuck in management: leadership time below",
  stuckScoreGapAbove: "Stuck in management: score gap above",
  readyScoreMin: "Ready score minimum",
  pipelinePotentialMin: "Pipeline potential minimum",
  retirementAge: "Retirement age (age rule only)",
  fitWeightCapability: "Suggestions: weight of the relevant score",
  fitWeightPotential: "Suggestions: weight of potential",
  fitWeightPerformance: "Suggestions: weight of performance",
  fitWeightTimeInRole: "Suggestions: weight of time in role",
  fitWeightLevel: "Suggestions: weight of level distance",
  fitWeightSameUnit: "Suggestions: weight of the same org unit",
  fitWeightFlightRisk: "Suggestions: flight risk penalty",
  fitWeightOnlySuccessor: "Suggestions: penalty for being another seat's only successor",
  ageRuleEnabled: "Age rule",
};

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  employeeId: "Employee ID", name: "Name", email: "Email", title: "Title", orgUnitId: "Org unit", managerId: "Manager", levelCode: "Level",
  hireDate: "Hire date", roleStartDate: "In role since", plannedRetirementDate: "Planned retirement",
  retirementEligibilityDate: "Retirement eligibility", birthYear: "Birth year", location: "Location", active: "Active",
  incumbentId: "Incumbent", critical: "Critical", criticalReason: "Why critical", impactOfLoss: "Impact of loss",
  personId: "Person", cycleId: "Cycle", status: "Status", performance: "Performance", potential: "Potential",
  calibratedPerformance: "Calibrated performance", calibratedPotential: "Calibrated potential",
  mgmtPlanning: "Planning & budgeting", mgmtOrganizing: "Organizing & staffing", mgmtControlling: "Controlling & measuring",
  mgmtProblemSolving: "Problem solving", leadDirection: "Setting direction", leadAlignment: "Aligning people",
  leadInspiration: "Motivating & inspiring", leadChange: "Driving change", leadershipTimePct: "Leadership time (%)",
  flightRisk: "Flight risk", assessorId: "Assessor", notes: "Notes",
  positionId: "Position", candidateId: "Candidate", nominatedById: "Nominated by", readiness: "Readiness",
  emergency: "Emergency successor", rationale: "Rationale", decisionReason: "Reason", decidedById: "Decided by",
  decidedAt: "Decided at", version: "Version", kind: "Kind", goal: "Goal", description: "Description", dueDate: "Due",
  proposedById: "Proposed by", role: "Role", userId: "User", key: "Setting", value: "Value", levels: "Name of level",
  cycleDate: "Cycle date", parentId: "Parent unit", depth: "Depth", asOf: "As of", positionCount: "Positions",
  address: "Address", provider: "Signed in with",
  // An import's counts per kind of row.
  people: "People", positions: "Positions", orgUnits: "Org units", cycles: "Cycles", assessments: "Assessments", nominations: "Nominations",
  decisions: "E-mail: decisions on my nominations", proposals: "E-mail: proposals to decide", assessmentsDue: "E-mail: assessments due",
  digest: "E-mail: daily digest",
};

// Flight risk and impact of loss share the scale.
export const LOW_MEDIUM_HIGH: Record<string, string> = { low: "Low", medium: "Medium", high: "High" };

// Status means something different on each record.
const STATUS_BY_ENTITY: Record<string, Record<string, string>> = {
  nomination: NOMINATION_STATUS_LABELS,
  assessment: { draft: "Draft", submitted: "Submitted" },
  development_action: { planned: "Planned", in_progress: "In progress", done: "Done", cancelled: "Cancelled" },
  cycle: { open: "Open", closed: "Closed" },
};

const AUDIT_VALUE_LABELS: Record<string, Record<string, string>> = {
  readiness: READINESS_LABELS,
  flightRisk: LOW_MEDIUM_HIGH,
  impactOfLoss: LOW_MEDIUM_HIGH,
  goal: { manage: "Manage", lead: "Lead" },
  kind: { mentoring: "Mentoring", stretch_assignment: "Stretch assignment", course: "Course", rotation: "Rotation", coaching: "Coaching" },
  role: { admin: "Admin", hr: "HR", manager: "Manager", executive: "Executive" },
  provider: { credentials: "Password", oidc: "Single sign-on" },
};

// The word for a stored value of a field; null when the field holds no code.
export function auditValueLabel(entity: string, field: string, value: unknown): string | null {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value !== "string") return null;
  const table = field === "status" ? STATUS_BY_ENTITY[entity] : AUDIT_VALUE_LABELS[field];
  return table?.[value] ?? null;
}
