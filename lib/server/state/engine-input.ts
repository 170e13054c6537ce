import "server-only";
import type { AssessmentInput, EngineInput, NominationInput, FlightRisk, Impact, NominationStatus, Readiness, RoleKind } from "@/lib/domain/types";
import { settingsFromRows } from "@/lib/schemas/settings";
import type { Db } from "@/lib/server/infra/db";

// Everything the engine needs, read once: one query per table, only the
// columns the rules use. Raw SQL rather than findMany because this read is
// the floor of every cold computation: on 100,000 people Prisma's result
// mapping costs ~1.6× the query itself. The same statements are what
// `npm run bench` times as the raw driver read.
export const ENGINE_INPUT_SQL = {
  settings: `SELECT "key", "value" FROM "Setting"`,
  levels: `SELECT "code", "name", "rank", "kind" FROM "Level"`,
  orgUnits: `SELECT "id", "name", "parentId" FROM "OrgUnit"`,
  people: `SELECT "employeeId", "name", "orgUnitId", "managerId", "levelCode", "hireDate", "roleStartDate", "plannedRetirementDate", "retirementEligibilityDate", "birthYear", "active" FROM "Person"`,
  positions: `SELECT "positionId", "title", "orgUnitId", "levelCode", "incumbentId", "critical", "impactOfLoss" FROM "Position"`,
  cycles: `SELECT "id", "name", "cycleDate" FROM "Cycle"`,
  assessments: `SELECT "personId", "cycleId", "performance", "potential", "calibratedPerformance", "calibratedPotential", "mgmtPlanning", "mgmtOrganizing", "mgmtControlling", "mgmtProblemSolving", "leadDirection", "leadAlignment", "leadInspiration", "leadChange", "leadershipTimePct", "flightRisk" FROM "Assessment" WHERE "status" = 'submitted'`,
  nominations: `SELECT "id", "positionId", "candidateId", "readiness", "emergency", "status" FROM "Nomination"`,
} as const;

// The statements to read with: today's tables, or history's as of a past day
// (lib/server/state/history-input.ts), giving the same columns.
export type EngineInputSql = Record<keyof typeof ENGINE_INPUT_SQL, string>;

export type Row = Record<string, unknown>;

// SQLite hands back booleans as 0/1 and may hand back integers as BigInt;
// PostgreSQL gives real booleans and numbers. Normalise once, here.
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === 1n || v === "1" || v === "true";

export const toAssessmentInput = (r: Row): AssessmentInput => ({
  personId: str(r.personId),
  cycleId: num(r.cycleId),
  // HR's calibration is the placement of record.
  performance: numOrNull(r.calibratedPerformance) ?? num(r.performance),
  potential: numOrNull(r.calibratedPotential) ?? num(r.potential),
  mgmtPlanning: num(r.mgmtPlanning),
  mgmtOrganizing: num(r.mgmtOrganizing),
  mgmtControlling: num(r.mgmtControlling),
  mgmtProblemSolving: num(r.mgmtProblemSolving),
  leadDirection: num(r.leadDirection),
  leadAlignment: num(r.leadAlignment),
  leadInspiration: num(r.leadInspiration),
  leadChange: num(r.leadChange),
  leadershipTimePct: num(r.leadershipTimePct),
  flightRisk: str(r.flightRisk) as FlightRisk,
});

export const toNominationInput = (r: Row): NominationInput => ({
  id: num(r.id),
  positionId: str(r.positionId),
  candidateId: str(r.candidateId),
  readiness: str(r.readiness) as Readiness,
  emergency: bool(r.emergency),
  status: str(r.status) as NominationStatus,
});

// The stored inputs do not depend on a date: the engine takes its as-of date
// beside them (lib/server/state/org-state.ts).
export type StoredEngineInput = Omit<EngineInput, "asOf">;

// `sql`: today's tables, or history's as of a past day (history-input.ts).
export async function loadEngineInput(db: Db, sql: EngineInputSql = ENGINE_INPUT_SQL): Promise<StoredEngineInput> {
  const read = (sql: string) => db.$queryRawUnsafe<Row[]>(sql);
  const [settings, levels, orgUnits, people, positions, cycles, assessments, nominations] = await Promise.all([
    read(sql.settings),
    read(sql.levels),
    read(sql.orgUnits),
    read(sql.people),
    read(sql.positions),
    read(sql.cycles),
    read(sql.assessments),
    read(sql.nominations),
  ]);
  return {
    settings: settingsFromRows(settings.map((r) => ({ key: str(r.key), value: str(r.value) }))),
    levels: levels.map((r) => ({ code: str(r.code), name: str(r.name), rank: num(r.rank), kind: str(r.kind) as RoleKind })),
    orgUnits: orgUnits.map((r) => ({ id: str(r.id), name: str(r.name), parentId: strOrNull(r.parentId) })),
    people: people.map((r) => ({
      employeeId: str(r.employeeId),
      name: str(r.name),
      orgUnitId: str(r.orgUnitId),
      managerId: strOrNull(r.managerId),
      levelCode: str(r.levelCode),
      hireDate: strOrNull(r.hireDate),
      roleStartDate: strOrNull(r.roleStartDate),
      plannedRetirementDate: strOrNull(r.plannedRetirementDate),
      retirementEligibilityDate: strOrNull(r.retirementEligibilityDate),
      birthYear: numOrNull(r.birthYear),
      active: bool(r.active),
    })),
    positions: positions.map((r) => ({
      positionId: str(r.positionId),
      title: str(r.title),
      orgUnitId: str(r.orgUnitId),
      levelCode: str(r.levelCode),
      incumbentId: strOrNull(r.incumbentId),
      critical: bool(r.critical),
      impactOfLoss: str(r.impactOfLoss) as Impact,
    })),
    cycles: cycles.map((r) => ({ id: num(r.id), name: str(r.name), cycleDate: str(r.cycleDate) })),
    assessments: assessments.map(toAssessmentInput),
    nominations: nominations.map(toNominationInput),
  };
}
