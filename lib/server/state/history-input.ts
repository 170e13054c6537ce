import "server-only";
import { asOfMode } from "@/lib/domain/history";
import type { EngineInput, IsoDate } from "@/lib/domain/types";
import type { Db } from "@/lib/server/infra/db";
import { ENGINE_INPUT_SQL, loadEngineInput, type EngineInputSql } from "./engine-input";

// The engine's input as it stood at the end of a past day (SPEC §8): people,
// seats, assessments and nominations from their versions valid that day,
// with the same columns as today's read so one mapping serves both. Settings,
// the ladder, org units and cycles are read as they are now: thresholds are
// the rules the past is judged by, so a trend stays comparable across a
// changed setting (docs/history.md).

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const validOn = (asOf: IsoDate) => `"validFrom" <= '${asOf}' AND ("validTo" IS NULL OR "validTo" > '${asOf}')`;

export function historySql(asOf: IsoDate): EngineInputSql {
  // The date is inlined, so it must be nothing but a date.
  if (!ISO_DATE.test(asOf)) throw new RangeError(`not a date: ${asOf}`);
  const valid = validOn(asOf);
  return {
    ...ENGINE_INPUT_SQL,
    people: `SELECT "employeeId", "name", "orgUnitId", "managerId", "levelCode", "hireDate", "roleStartDate", "plannedRetirementDate", "retirementEligibilityDate", "birthYear", "active" FROM "PersonVersion" WHERE ${valid}`,
    positions: `SELECT "positionId", "title", "orgUnitId", "levelCode", "incumbentId", "critical", "impactOfLoss" FROM "PositionVersion" WHERE ${valid}`,
    assessments: `SELECT "personId", "cycleId", "performance", "potential", "calibratedPerformance", "calibratedPotential", "mgmtPlanning", "mgmtOrganizing", "mgmtControlling", "mgmtProblemSolving", "leadDirection", "leadAlignment", "leadInspiration", "leadChange", "leadershipTimePct", "flightRisk" FROM "AssessmentVersion" WHERE "status" = 'submitted' AND ${valid}`,
    nominations: `SELECT "nominationId" AS "id", "positionId", "candidateId", "readiness", "emergency", "status" FROM "NominationVersion" WHERE ${valid}`,
  };
}

export async function loadEngineInputAsOf(options: { db: Db; asOf: IsoDate }): Promise<EngineInput> {
  return { ...(await loadEngineInput(options.db, historySql(options.asOf))), asOf: options.asOf };
}

export const readsHistory = (asOf: IsoDate, today: IsoDate) => asOfMode(asOf, today) === "history";
