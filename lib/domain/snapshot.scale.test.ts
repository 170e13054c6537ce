import { describe, expect, it } from "vitest";
import { DEFAULT_LEVELS } from "./ladder";
import { computeSnapshot } from "./snapshot";
import {
  DEFAULT_SETTINGS,
  type AssessmentInput,
  type EngineInput,
  type NominationInput,
  type OrgUnitInput,
  type PersonInput,
  type PositionInput,
  type Readiness,
} from "./types";

// A deterministic organization of the size the SPEC promises to handle.
function syntheticOrganization(size: number): EngineInput {
  let state = 42;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const date = (from: number, to: number) => {
    const year = from + Math.floor(random() * (to - from + 1));
    return `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  };

  const orgUnits: OrgUnitInput[] = [];
  for (let d = 0; d < 10; d++) {
    const division = `Division ${d}`;
    orgUnits.push({ id: division, name: division, parentId: null });
    for (let p = 0; p < 10; p++) {
      const department = `${division}/Department ${p}`;
      orgUnits.push({ id: department, name: `Department ${p}`, parentId: division });
      for (let t = 0; t < 10; t++) orgUnits.push({ id: `${department}/Team ${t}`, name: `Team ${t}`, parentId: department });
    }
  }
  const teams = orgUnits.filter((u) => u.id.split("/").length === 3).map((u) => u.id);
  const levelCodes = ["L1", "L1", "L1", "L1", "L1", "L1", "L2", "L2", "L3", "L4", "L5"];

  const people: PersonInput[] = [];
  const positions: PositionInput[] = [];
  for (let i = 0; i < size; i++) {
    const employeeId = `E${i}`;
    const levelCode = pick(levelCodes);
    const orgUnitId = pick(teams);
    people.push({
      employeeId,
      name: employeeId,
      orgUnitId,
      managerId: null,
      levelCode,
      hireDate: date(1990, 2024),
      roleStartDate: random() < 0.95 ? date(2010, 2025) : null,
      plannedRetirementDate: random() < 0.1 ? date(2025, 2035) : null,
      retirementEligibilityDate: random() < 0.2 ? date(2025, 2040) : null,
      birthYear: 1960 + Math.floor(random() * 45),
      active: random() < 0.98,
    });
    positions.push({
      positionId: `P-${employeeId}`,
      title: "Role",
      orgUnitId,
      levelCode,
      incumbentId: random() < 0.97 ? employeeId : null,
      critical: random() < 0.1,
      impactOfLoss: pick(["low", "medium", "high"] as const),
    });
  }

  const cycles = [
    { id: 1, name: "2025 H1", cycleDate: "2025-06-30" },
    { id: 2, name: "2025 H2", cycleDate: "2025-12-31" },
  ];
  const item = () => 1 + Math.floor(random() * 5);
  const assessments: AssessmentInput[] = [];
  for (let i = 0; i < Math.floor(size * 0.8); i++) {
    assessments.push({
      personId: `E${Math.floor(random() * size)}`,
      cycleId: pick([1, 2]),
      performance: 1 + Math.floor(random() * 3),
      potential: 1 + Math.floor(random() * 3),
      mgmtPlanning: item(),
      mgmtOrganizing: item(),
      mgmtControlling: item(),
      mgmtProblemSolving: item(),
      leadDirection: item(),
      leadAlignment: item(),
      leadInspiration: item(),
      leadChange: item(),
      leadershipTimePct: Math.floor(random() * 101),
      flightRisk: pick(["low", "medium", "high"] as const),
    });
  }

  const nominations: NominationInput[] = [];
  for (let i = 0; i < Math.floor(size * 0.2); i++) {
    nominations.push({
      id: i + 1,
      positionId: `P-E${Math.floor(random() * size)}`,
      candidateId: `E${Math.floor(random() * size)}`,
      readiness: pick<Readiness>(["ready_now", "1_2_years", "3_plus_years"]),
      emergency: random() < 0.1,
      status: pick(["approved", "approved", "approved", "proposed", "declined"] as const),
    });
  }

  return {
    asOf: "2026-01-15",
    settings: DEFAULT_SETTINGS,
    levels: DEFAULT_LEVELS,
    orgUnits,
    people,
    positions,
    cycles,
    assessments,
    nominations,
  };
}

describe("computeSnapshot at scale", () => {
  it("handles 100,000 people and positions, 80,000 assessments and 20,000 nominations", () => {
    const input = syntheticOrganization(100_000);
    const snapshot = computeSnapshot(input);
    expect(snapshot.positions).toHaveLength(100_000);
    expect(snapshot.people.size).toBe(100_000);
    expect(snapshot.heatmap).toHaveLength((input.orgUnits.length + 1) * 5);
    expect(snapshot.pipeline).toHaveLength((input.orgUnits.length + 1) * 3);
    expect(snapshot.benchStrength.criticalPositions).toBeGreaterThan(0);
  });
});
