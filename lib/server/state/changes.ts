import "server-only";
import type { EngineChange } from "@/lib/domain/engine-state";
import type { Db } from "@/lib/server/infra/db";
import { toAssessmentInput, toNominationInput } from "./engine-input";
import type { DataChange } from "./data-version";

// What the logged changes mean for the engine, read from the database as it
// now is: a nomination's row, or every submitted assessment of the person an
// assessment belongs to. null: something the engine cannot apply piecemeal
// (an import, a setting, an unknown entity, a vanished assessment), so the
// caller recomputes everything.

// Written through recordAudit but read by nothing the engine computes.
const NOT_ENGINE_INPUT = new Set(["development_action", "user", "api_token", "notification", "mail_preference"]);

const ASSESSMENT_FIELDS = {
  personId: true, cycleId: true, performance: true, potential: true, calibratedPerformance: true, calibratedPotential: true,
  mgmtPlanning: true, mgmtOrganizing: true, mgmtControlling: true, mgmtProblemSolving: true,
  leadDirection: true, leadAlignment: true, leadInspiration: true, leadChange: true, leadershipTimePct: true, flightRisk: true,
} as const;

// `recordedFrom`: the earliest day the changed rows' newest versions are
// valid from (the write paths record versions from their today,
// ./history-record.ts). A past date before it reads the same history as
// before the changes, so its state stands; null when there is no engine
// change or a version is missing (then nothing is assumed).
export interface EngineChanges {
  changes: EngineChange[];
  recordedFrom: string | null;
}

export async function readEngineChanges(db: Db, changes: readonly DataChange[]): Promise<EngineChanges | null> {
  const nominationIds = new Set<number>();
  const assessmentIds = new Set<number>();
  for (const change of changes) {
    if (NOT_ENGINE_INPUT.has(change.entity)) continue;
    const id = Number(change.entityId);
    if (!Number.isInteger(id)) return null;
    if (change.entity === "nomination") nominationIds.add(id);
    else if (change.entity === "assessment") assessmentIds.add(id);
    else return null;
  }
  const [nominations, assessed, recordedFrom] = await Promise.all([
    nominationIds.size === 0
      ? []
      : db.nomination.findMany({
          where: { id: { in: [...nominationIds] } },
          select: { id: true, positionId: true, candidateId: true, readiness: true, emergency: true, status: true },
        }),
    assessmentIds.size === 0 ? [] : db.assessment.findMany({ where: { id: { in: [...assessmentIds] } }, select: { personId: true } }),
    earliestNewestVersion(db, nominationIds, assessmentIds),
  ]);
  if (assessed.length !== assessmentIds.size) return null;
  const personIds = [...new Set(assessed.map((a) => a.personId))];
  const assessments =
    personIds.length === 0 ? [] : await db.assessment.findMany({ where: { personId: { in: personIds }, status: "submitted" }, select: ASSESSMENT_FIELDS });

  const result: EngineChange[] = [];
  const found = new Map(nominations.map((n) => [n.id, toNominationInput(n)]));
  for (const id of nominationIds) result.push({ kind: "nomination", id, row: found.get(id) ?? null });
  for (const personId of personIds) {
    result.push({ kind: "assessments", personId, rows: assessments.filter((a) => a.personId === personId).map(toAssessmentInput) });
  }
  return { changes: result, recordedFrom };
}

async function earliestNewestVersion(db: Db, nominationIds: ReadonlySet<number>, assessmentIds: ReadonlySet<number>): Promise<string | null> {
  if (nominationIds.size + assessmentIds.size === 0) return null;
  const [nominations, assessments] = await Promise.all([
    nominationIds.size === 0
      ? []
      : db.nominationVersion.groupBy({ by: ["nominationId"], where: { nominationId: { in: [...nominationIds] } }, _max: { validFrom: true } }),
    assessmentIds.size === 0
      ? []
      : db.assessmentVersion.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: [...assessmentIds] } }, _max: { validFrom: true } }),
  ]);
  const days = [...nominations, ...assessments].map((v) => v._max.validFrom);
  if (days.length !== nominationIds.size + assessmentIds.size || days.some((d) => d === null)) return null;
  return (days as string[]).reduce((a, b) => (a < b ? a : b));
}
