// Builders for the engine's tests: a valid record with sensible defaults,
// overridden only where a test cares. Not used by the application.
import { DEFAULT_LEVELS } from "./ladder";
import { DEFAULT_SETTINGS, type AssessmentInput, type EngineInput, type NominationInput, type PersonInput, type PositionInput } from "./types";

export const AS_OF = "2026-01-15";

export function person(employeeId: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    employeeId,
    name: `Person ${employeeId}`,
    orgUnitId: "Ops",
    managerId: null,
    levelCode: "L1",
    hireDate: "2015-01-01",
    roleStartDate: "2020-01-01",
    plannedRetirementDate: null,
    retirementEligibilityDate: null,
    birthYear: null,
    active: true,
    ...overrides,
  };
}

export function position(positionId: string, overrides: Partial<PositionInput> = {}): PositionInput {
  return {
    positionId,
    title: `Seat ${positionId}`,
    orgUnitId: "Ops",
    levelCode: "L1",
    incumbentId: null,
    critical: false,
    impactOfLoss: "medium",
    ...overrides,
  };
}

// Four equal items giving the requested 0–100 score: (mean − 1) × 25.
function items(score: number): [number, number, number, number] {
  const item = score / 25 + 1;
  return [item, item, item, item];
}

export interface AssessmentOptions extends Partial<AssessmentInput> {
  mgmt?: number; // target management score
  lead?: number; // target leadership score
}

export function assessment(personId: string, options: AssessmentOptions = {}): AssessmentInput {
  const { mgmt = 50, lead = 50, ...overrides } = options;
  const [p, o, c, s] = items(mgmt);
  const [d, a, i, ch] = items(lead);
  return {
    personId,
    cycleId: 1,
    performance: 2,
    potential: 2,
    mgmtPlanning: p,
    mgmtOrganizing: o,
    mgmtControlling: c,
    mgmtProblemSolving: s,
    leadDirection: d,
    leadAlignment: a,
    leadInspiration: i,
    leadChange: ch,
    leadershipTimePct: 50,
    flightRisk: "low",
    ...overrides,
  };
}

let nextNominationId = 1;

export function nomination(positionId: string, candidateId: string, overrides: Partial<NominationInput> = {}): NominationInput {
  return {
    id: nextNominationId++,
    positionId,
    candidateId,
    readiness: "ready_now",
    emergency: false,
    status: "approved",
    ...overrides,
  };
}

export function engineInput(overrides: Partial<EngineInput> = {}): EngineInput {
  return {
    asOf: AS_OF,
    settings: { ...DEFAULT_SETTINGS },
    levels: DEFAULT_LEVELS.map((l) => ({ ...l })),
    orgUnits: [
      { id: "Ops", name: "Ops", parentId: null },
      { id: "Ops/East", name: "East", parentId: "Ops" },
      { id: "Ops/West", name: "West", parentId: "Ops" },
      { id: "Sales", name: "Sales", parentId: null },
    ],
    people: [],
    positions: [],
    cycles: [{ id: 1, name: "2025 H2", cycleDate: "2025-11-30" }],
    assessments: [],
    nominations: [],
    ...overrides,
  };
}
