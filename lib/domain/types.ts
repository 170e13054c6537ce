// Inputs of the readiness and risk engine. Plain data, no I/O: the server
// layer loads these from the database, tests build them by hand.
// Calendar dates are ISO strings "YYYY-MM-DD" (no time zone).

export type IsoDate = string;

export type RoleKind = "ic" | "management" | "leadership";
export type Impact = "low" | "medium" | "high";
export type FlightRisk = "low" | "medium" | "high";
export type Readiness = "ready_now" | "1_2_years" | "3_plus_years";
export type NominationStatus = "proposed" | "approved" | "declined" | "withdrawn" | "succeeded";
export type RetirementSource = "planned" | "eligibility" | "age_rule";

export interface LevelInput {
  code: string; // "L1".."L5" or the configured ladder's codes
  name: string;
  rank: number; // 1 = lowest rung
  kind: RoleKind;
}

export interface OrgUnitInput {
  id: string; // the unit's path, e.g. "Engineering/Platform"
  name: string;
  parentId: string | null;
}

export interface PersonInput {
  employeeId: string;
  name: string;
  orgUnitId: string;
  managerId: string | null;
  levelCode: string;
  hireDate: IsoDate | null;
  roleStartDate: IsoDate | null;
  plannedRetirementDate: IsoDate | null;
  retirementEligibilityDate: IsoDate | null;
  birthYear: number | null;
  active: boolean;
}

export interface PositionInput {
  positionId: string;
  title: string;
  orgUnitId: string;
  levelCode: string;
  incumbentId: string | null;
  critical: boolean;
  impactOfLoss: Impact;
}

export interface CycleInput {
  id: number;
  name: string;
  cycleDate: IsoDate;
}

export interface AssessmentInput {
  personId: string;
  cycleId: number;
  performance: number; // 1..3
  potential: number; // 1..3
  mgmtPlanning: number; // 1..5
  mgmtOrganizing: number;
  mgmtControlling: number;
  mgmtProblemSolving: number;
  leadDirection: number;
  leadAlignment: number;
  leadInspiration: number;
  leadChange: number;
  leadershipTimePct: number; // 0..100
  flightRisk: FlightRisk;
}

export interface NominationInput {
  id: number;
  positionId: string;
  candidateId: string;
  readiness: Readiness;
  emergency: boolean;
  status: NominationStatus;
}

export interface Settings {
  retirementHorizonMonths: number; // 24
  stuckMinMonthsInRole: number; // 6
  stuckLeadershipTimePctBelow: number; // 40
  stuckScoreGapAbove: number; // 15
  readyScoreMin: number; // 60
  pipelinePotentialMin: number; // 2
  ageRuleEnabled: boolean; // false
  retirementAge: number; // 65
  // The successor suggestions' fit weights (SPEC §10, docs/suggestions.md).
  fitWeightCapability: number; // 35
  fitWeightPotential: number; // 20
  fitWeightPerformance: number; // 15
  fitWeightTimeInRole: number; // 10
  fitWeightLevel: number; // 10
  fitWeightSameUnit: number; // 10
  fitWeightFlightRisk: number; // 15
  fitWeightOnlySuccessor: number; // 10
}

export const DEFAULT_SETTINGS: Settings = {
  retirementHorizonMonths: 24,
  stuckMinMonthsInRole: 6,
  stuckLeadershipTimePctBelow: 40,
  stuckScoreGapAbove: 15,
  readyScoreMin: 60,
  pipelinePotentialMin: 2,
  ageRuleEnabled: false,
  retirementAge: 65,
  fitWeightCapability: 35,
  fitWeightPotential: 20,
  fitWeightPerformance: 15,
  fitWeightTimeInRole: 10,
  fitWeightLevel: 10,
  fitWeightSameUnit: 10,
  fitWeightFlightRisk: 15,
  fitWeightOnlySuccessor: 10,
};

export interface EngineInput {
  asOf: IsoDate;
  settings: Settings;
  levels: LevelInput[];
  orgUnits: OrgUnitInput[];
  people: PersonInput[];
  positions: PositionInput[];
  cycles: CycleInput[];
  // Only submitted assessments; drafts never reach the engine.
  assessments: AssessmentInput[];
  nominations: NominationInput[];
}
