import "server-only";
import { NO_NAMES, type AuditNames } from "@/lib/audit/references";
import { isAnswered } from "@/lib/schemas/assessment";
import { findPosition, scoreHistory, type AssessmentInput, type FlightRisk, type GapRow } from "@/lib/domain";
import { canAdminister, canBrowsePeople, nominationsVisibleTo, personVisible, positionVisible, readsNominationWords } from "@/lib/server/access/permissions";
import type { Db } from "@/lib/server/infra/db";
import { findAuditNames } from "./audit-names";
import { findPerson, type PersonView } from "./people";
import type { Viewer } from "@/lib/server/access/viewer";

// A person's profile: findPerson's role projection plus the history, slates,
// development plan and audit trail around them. Each part is decided here,
// in the data layer; a part the viewer may not read is null, not empty.
export interface CycleRow {
  cycleId: number;
  cycleName: string;
  cycleDate: string;
  mgmtScore: number;
  leadScore: number;
  performance: number;
  potential: number;
  leadershipTimePct: number;
  flightRisk: FlightRisk | null; // HR only
}

export interface NominationRow {
  id: number;
  positionId: string;
  positionTitle: string;
  candidateEmployeeId: string;
  candidateName: string;
  nominatedByEmployeeId: string | null;
  nominatedByName: string | null;
  readiness: string;
  status: string;
  emergency: boolean;
  rationale: string | null; // HR and the nominator only
  updatedAt: string;
}

export interface DevelopmentActionRow {
  id: number;
  kind: string;
  goal: string;
  description: string | null;
  dueDate: string | null;
  status: string;
}

export interface AuditRow {
  id: number;
  at: string;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  // JSON text, as stored.
  before: string | null;
  after: string | null;
}

export interface PersonProfile {
  person: PersonView;
  managerName: string | null;
  managerVisible: boolean;
  seat: (GapRow & { visible: boolean }) | null;
  readyScoreMin: number;
  history: CycleRow[] | null;
  nominationsFor: NominationRow[];
  nominationsBy: NominationRow[];
  developmentActions: DevelopmentActionRow[];
  audit: AuditRow[] | null;
  // The names behind the keys in the audit rows, as far as the viewer sees them.
  auditNames: AuditNames;
}

const NOMINATION_SELECT = {
  id: true, positionId: true, candidateId: true, nominatedById: true, readiness: true, status: true, emergency: true, rationale: true, updatedAt: true,
  position: { select: { title: true } }, candidate: { select: { name: true } }, nominatedBy: { select: { name: true } },
} as const;

const AUDIT_LIMIT = 50;

// The cheap part of the access decision, made before a page starts
// streaming so that "not yours to see" can still answer with a real 404.
// Outside the viewer's scope and "no such person" are the same answer.
export async function canOpenProfile(viewer: Viewer, employeeId: string): Promise<boolean> {
  const { db } = viewer;
  if (!canBrowsePeople(viewer) || !personVisible(viewer, employeeId)) return false;
  return (await db.person.count({ where: { employeeId } })) > 0;
}

export async function findPersonProfile(viewer: Viewer, employeeId: string): Promise<PersonProfile | null> {
  const { db } = viewer;
  if (!canBrowsePeople(viewer)) return null;
  const person = await findPerson(viewer, employeeId);
  if (!person) return null;
  const isHr = canAdminister(viewer);
  const state = await viewer.state();

  const visibleNominations = nominationsVisibleTo(viewer);
  const [manager, history, nominationsFor, nominationsBy, developmentActions] = await Promise.all([
    person.managerEmployeeId ? db.person.findUnique({ where: { employeeId: person.managerEmployeeId }, select: { name: true } }) : null,
    // Scores over cycles exactly when findPerson released the latest ones.
    person.assessment ? loadHistory(db, employeeId, isHr) : null,
    db.nomination.findMany({ where: { AND: [{ candidateId: employeeId }, visibleNominations] }, select: NOMINATION_SELECT, orderBy: { updatedAt: "desc" } }),
    db.nomination.findMany({ where: { AND: [{ nominatedById: employeeId }, visibleNominations] }, select: NOMINATION_SELECT, orderBy: { updatedAt: "desc" } }),
    db.developmentAction.findMany({
      where: { personId: employeeId },
      select: { id: true, kind: true, goal: true, description: true, dueDate: true, status: true },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    }),
  ]);

  const toRow = (n: (typeof nominationsFor)[number]): NominationRow => ({
    id: n.id,
    positionId: n.positionId,
    positionTitle: n.position.title,
    candidateEmployeeId: n.candidateId,
    candidateName: n.candidate.name,
    nominatedByEmployeeId: n.nominatedById,
    nominatedByName: n.nominatedBy?.name ?? null,
    readiness: n.readiness,
    status: n.status,
    emergency: n.emergency,
    rationale: readsNominationWords(viewer, n) ? n.rationale : null,
    updatedAt: n.updatedAt.toISOString(),
  });

  const audit = isHr ? await loadAudit(db, employeeId, [...nominationsFor, ...nominationsBy].map((n) => n.id)) : null;
  const seat = person.positionId ? findPosition(state.snapshot, person.positionId) : null;
  return {
    person,
    managerName: manager?.name ?? null,
    managerVisible: person.managerEmployeeId !== null && personVisible(viewer, person.managerEmployeeId),
    seat: seat ? { ...seat.row, visible: positionVisible(viewer, seat.row) } : null,
    readyScoreMin: state.snapshot.settings.readyScoreMin,
    history,
    nominationsFor: nominationsFor.map(toRow),
    nominationsBy: nominationsBy.map(toRow),
    developmentActions,
    audit,
    auditNames: audit ? await findAuditNames(viewer, audit) : NO_NAMES,
  };
}

async function loadHistory(db: Db, employeeId: string, withFlightRisk: boolean): Promise<CycleRow[]> {
  const rows = await db.assessment.findMany({
    where: { personId: employeeId, status: "submitted" },
    select: {
      cycleId: true, performance: true, potential: true, calibratedPerformance: true, calibratedPotential: true,
      mgmtPlanning: true, mgmtOrganizing: true, mgmtControlling: true, mgmtProblemSolving: true,
      leadDirection: true, leadAlignment: true, leadInspiration: true, leadChange: true, leadershipTimePct: true, flightRisk: true,
      cycle: { select: { id: true, name: true, cycleDate: true } },
    },
  });
  // HR's calibration is the placement of record, as in the engine's input.
  const assessments: AssessmentInput[] = rows.filter(isAnswered).map(({ cycle: _cycle, calibratedPerformance, calibratedPotential, ...a }) => ({
    ...a,
    personId: employeeId,
    performance: calibratedPerformance ?? a.performance,
    potential: calibratedPotential ?? a.potential,
    flightRisk: a.flightRisk as FlightRisk,
  }));
  const byCycle = new Map(assessments.map((a) => [a.cycleId, a]));
  return scoreHistory(rows.map((r) => r.cycle), assessments).flatMap((h) => {
    const a = byCycle.get(h.cycleId);
    if (!a) return [];
    const { performance, potential, leadershipTimePct } = a;
    return [{ ...h, performance, potential, leadershipTimePct, flightRisk: withFlightRisk ? a.flightRisk : null }];
  });
}

// Changes to the person record, their assessments and the nominations shown
// on the profile, made in the app or by an import.
async function loadAudit(db: Db, employeeId: string, nominationIds: number[]): Promise<AuditRow[]> {
  const assessmentIds = (await db.assessment.findMany({ where: { personId: employeeId }, select: { id: true } })).map((a) => String(a.id));
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entity: "person", entityId: employeeId },
        ...(assessmentIds.length > 0 ? [{ entity: "assessment", entityId: { in: assessmentIds } }] : []),
        ...(nominationIds.length > 0 ? [{ entity: "nomination", entityId: { in: nominationIds.map(String) } }] : []),
      ],
    },
    select: { id: true, at: true, actorLabel: true, action: true, entity: true, entityId: true, before: true, after: true },
    orderBy: { id: "desc" },
    take: AUDIT_LIMIT,
  });
  return events.map((e) => ({ ...e, at: e.at.toISOString() }));
}
