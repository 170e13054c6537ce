import "server-only";
import type { AssessmentInput, EngineInput, FlightRisk, Impact, NominationStatus, Readiness, RoleKind } from "@/lib/domain/types";
import { settingsFromRows } from "@/lib/schemas/settings";
import type { Db } from "./db";

// Everything the engine needs, read once: one query per table, only the
// columns the rules use. Enumerations were validated when they were written.
export async function loadEngineInput(options: { db: Db; asOf: string }): Promise<EngineInput> {
  const { db, asOf } = options;
  const [settingRows, levels, orgUnits, people, positions, cycles, assessments, nominations] = await Promise.all([
    db.setting.findMany({ select: { key: true, value: true } }),
    db.level.findMany({ select: { code: true, name: true, rank: true, kind: true } }),
    db.orgUnit.findMany({ select: { id: true, name: true, parentId: true } }),
    db.person.findMany({
      select: {
        employeeId: true,
        name: true,
        orgUnitId: true,
        managerId: true,
        levelCode: true,
        hireDate: true,
        roleStartDate: true,
        plannedRetirementDate: true,
        retirementEligibilityDate: true,
        birthYear: true,
        active: true,
      },
    }),
    db.position.findMany({
      select: { positionId: true, title: true, orgUnitId: true, levelCode: true, incumbentId: true, critical: true, impactOfLoss: true },
    }),
    db.cycle.findMany({ select: { id: true, name: true, cycleDate: true } }),
    db.assessment.findMany({
      where: { status: "submitted" },
      select: {
        personId: true,
        cycleId: true,
        performance: true,
        potential: true,
        calibratedPerformance: true,
        calibratedPotential: true,
        mgmtPlanning: true,
        mgmtOrganizing: true,
        mgmtControlling: true,
        mgmtProblemSolving: true,
        leadDirection: true,
        leadAlignment: true,
        leadInspiration: true,
        leadChange: true,
        leadershipTimePct: true,
        flightRisk: true,
      },
    }),
    db.nomination.findMany({ select: { id: true, positionId: true, candidateId: true, readiness: true, emergency: true, status: true } }),
  ]);
  return {
    asOf,
    settings: settingsFromRows(settingRows),
    levels: levels.map((l) => ({ ...l, kind: l.kind as RoleKind })),
    orgUnits,
    people,
    positions: positions.map((p) => ({ ...p, impactOfLoss: p.impactOfLoss as Impact })),
    cycles,
    assessments: assessments.map(
      ({ calibratedPerformance, calibratedPotential, ...a }): AssessmentInput => ({
        ...a,
        // HR's calibration is the placement of record.
        performance: calibratedPerformance ?? a.performance,
        potential: calibratedPotential ?? a.potential,
        flightRisk: a.flightRisk as FlightRisk,
      }),
    ),
    nominations: nominations.map((n) => ({ ...n, readiness: n.readiness as Readiness, status: n.status as NominationStatus })),
  };
}
