import "server-only";
import type { GapRow } from "@/lib/domain";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { IMPORT_SOURCE_FIELD } from "@/lib/import/audit-changes";
import { ZNewNomination, type NewNomination } from "@/lib/schemas/nominations";
import { canAdminister, canNominate, isUnlinkedManager, nominationsVisibleTo, personVisible, positionVisible, readsNominationWords, type Access } from "@/lib/server/access/permissions";
import { recordAudit } from "@/lib/server/infra/audit";
import type { Db, Tx } from "@/lib/server/infra/db";
import { decisionMail, proposalMail } from "@/lib/mail/messages";
import { proposalRecipients } from "@/lib/mail/recipients";
import { slateHref } from "@/lib/links";
import type { Role } from "@/lib/schemas/auth";
import { mailSettings } from "@/lib/server/infra/env";
import { deliverSoon, enqueueMail } from "./mail-outbox";
import { notifyNominator } from "./notifications";
import { ok, refuse, type Result } from "./result";
import type { Viewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { recordVersions } from "@/lib/server/state/history-record";

// The nomination lifecycle (SPEC §2): a manager or HR proposes, HR approves
// or declines, the nominator may withdraw. Every operation authorizes
// itself, so the API, server actions and tests share one rule set, and
// every write lands in one transaction with its audit event.


// Thrown inside a transaction to roll it back; turned into a 409 outside.
class ConflictSignal extends Error {}

const fields = {
  id: true, positionId: true, candidateId: true, nominatedById: true, readiness: true, emergency: true, rationale: true,
  status: true, decisionReason: true, decidedById: true, decidedAt: true, version: true, createdAt: true, updatedAt: true,
} as const;
const viewFields = { ...fields, position: { select: { title: true } }, candidate: { select: { name: true } } } as const;
type Row = Prisma.NominationGetPayload<{ select: typeof viewFields }>;

export interface NominationView {
  id: number;
  positionId: string;
  positionTitle: string | null;
  candidateId: string;
  candidateName: string | null; // null when the candidate is outside the reader's scope
  nominatedById: string | null;
  readiness: string;
  emergency: boolean;
  rationale: string | null;
  status: string;
  decisionReason: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

// An entry's candidate is named only when they are in the reader's scope (HR
// may have named someone from elsewhere for a seat in a manager's subtree).
// The rationale and the decision's reason are words about a person: HR and
// the nominator read them, as on the person profile; everyone else gets null.
function toView(access: Access, row: Row): NominationView {
  const named = personVisible(access, row.candidateId);
  const mayReadWords = readsNominationWords(access, row);
  return {
    id: row.id,
    positionId: row.positionId,
    positionTitle: row.position.title,
    candidateId: row.candidateId,
    candidateName: named ? row.candidate.name : null,
    nominatedById: row.nominatedById,
    readiness: row.readiness,
    emergency: row.emergency,
    rationale: mayReadWords ? row.rationale : null,
    status: row.status,
    decisionReason: mayReadWords ? row.decisionReason : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// The seat as the gap report shows it, or null when it does not exist or
// lies outside the caller's scope (both answer "not found").
export async function findVisibleSeat(viewer: Viewer, positionId: string): Promise<GapRow | null> {
  const { snapshot } = await viewer.todayState();
  const index = snapshot.positionIndex.get(positionId);
  const row = index === undefined ? undefined : snapshot.positions[index];
  return row && positionVisible(viewer, row) ? row : null;
}

// A manager's scope is defined on the gap report's rows (positionVisible),
// so the list is filtered against the snapshot in memory: a subtree of
// thousands of seats would not fit an SQL "IN" list on SQLite.
async function seatFilter(viewer: Viewer): Promise<((positionId: string) => boolean) | null> {
  if (viewer.scope.kind === "organization") return null;
  const { snapshot } = await viewer.todayState();
  return (positionId) => {
    const index = snapshot.positionIndex.get(positionId);
    const row = index === undefined ? undefined : snapshot.positions[index];
    return row !== undefined && positionVisible(viewer, row);
  };
}

// The user who last proposed an entry, from the audit log: HR accounts need
// not be linked to a person, so nominatedById alone cannot name them. Whoever
// imported a nominations.csv loaded others' proposals (the file names the
// nominator), so import events (lib/import/audit.ts) do not count.
async function proposerUserId(db: Db | Tx, id: number): Promise<number | null> {
  const event = await db.auditEvent.findFirst({
    where: {
      entity: "nomination",
      entityId: String(id),
      action: { in: ["create", "renominate"] },
      OR: [{ after: null }, { NOT: { after: { contains: `"${IMPORT_SOURCE_FIELD}":"import ` } } }],
    },
    orderBy: { id: "desc" },
    select: { actorUserId: true },
  });
  return event?.actorUserId ?? null;
}

async function isNominator(db: Db, user: AppUser, row: { id: number; nominatedById: string | null }): Promise<boolean> {
  if (user.personId !== null && row.nominatedById === user.personId) return true;
  return (await proposerUserId(db, row.id)) === user.id;
}

// Lists are for screens and the API, not exports: the newest 500 suffice.
const LIST_LIMIT = 500;

export async function findNominations(
  viewer: Viewer,
  options: { positionId?: string; status?: string; nominatedByMe?: boolean } = {},
): Promise<NominationView[]> {
  const { db, user } = viewer;
  const and: Prisma.NominationWhereInput[] = [nominationsVisibleTo(viewer)];
  if (options.positionId) and.push({ positionId: options.positionId });
  if (options.status) and.push({ status: options.status });
  if (options.nominatedByMe) and.push(user.personId ? { nominatedById: user.personId } : { id: -1 });
  const seatVisible = await seatFilter(viewer);
  const rows = await db.nomination.findMany({ where: { AND: and }, select: viewFields, orderBy: { id: "desc" }, ...(seatVisible ? {} : { take: LIST_LIMIT }) });
  // A manager keeps seeing their own proposals even after a reorganization moves the seat away.
  const visible = seatVisible ? rows.filter((row) => seatVisible(row.positionId) || (user.personId !== null && row.nominatedById === user.personId)) : rows;
  return visible.slice(0, LIST_LIMIT).map((row) => toView(viewer, row));
}

// GET /api/v1/nominations: the same entries, newest first, a page at a time
// with the total, so a client knows when it has them all.
export async function findNominationsPage(
  viewer: Viewer,
  options: { positionId?: string; status?: string; page: number; pageSize: number },
): Promise<{ rows: NominationView[]; total: number; page: number; pageSize: number }> {
  const { db, user } = viewer;
  const { page, pageSize } = options;
  const and: Prisma.NominationWhereInput[] = [nominationsVisibleTo(viewer)];
  if (options.positionId) and.push({ positionId: options.positionId });
  if (options.status) and.push({ status: options.status });
  const where = { AND: and };
  const seatVisible = await seatFilter(viewer);
  const skip = (page - 1) * pageSize;
  if (!seatVisible) {
    const [rows, total] = await Promise.all([
      db.nomination.findMany({ where, select: viewFields, orderBy: { id: "desc" }, skip, take: pageSize }),
      db.nomination.count({ where }),
    ]);
    return { rows: rows.map((row) => toView(viewer, row)), total, page, pageSize };
  }
  // A manager's visibility is a seat test in memory; their line holds few entries.
  const rows = await db.nomination.findMany({ where, select: viewFields, orderBy: { id: "desc" } });
  const visible = rows.filter((row) => seatVisible(row.positionId) || (user.personId !== null && row.nominatedById === user.personId));
  return { rows: visible.slice(skip, skip + pageSize).map((row) => toView(viewer, row)), total: visible.length, page, pageSize };
}

// One entry, or null when the caller may not read it.
export async function findNomination(viewer: Viewer, id: number): Promise<NominationView | null> {
  const { db, user } = viewer;
  const row = await db.nomination.findFirst({ where: { AND: [{ id }, nominationsVisibleTo(viewer)] }, select: viewFields });
  if (!row) return null;
  const mine = user.personId !== null && row.nominatedById === user.personId;
  if (!mine && !(await findVisibleSeat(viewer, row.positionId))) return null;
  return toView(viewer, row);
}

export async function createNomination(viewer: Viewer, input: NewNomination): Promise<Result<NominationView>> {
  const { db, user } = viewer;
  const parsed = ZNewNomination.safeParse(input);
  if (!parsed.success) return refuse("bad_request", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const nomination = parsed.data;
  if (!canNominate(viewer)) return refuse("forbidden", "executives read slates; managers and HR nominate");
  if (isUnlinkedManager(viewer)) return refuse("forbidden", "this manager account is not linked to a person");
  if (!(await findVisibleSeat(viewer, nomination.positionId))) {
    return refuse("not_found", `no position "${nomination.positionId}" in what you may see`);
  }
  const [seat, candidate] = await Promise.all([
    db.position.findUnique({ where: { positionId: nomination.positionId }, select: { incumbentId: true } }),
    db.person.findUnique({ where: { employeeId: nomination.candidateId }, select: { active: true } }),
  ]);
  // A manager names people from their own subtree only (SPEC §4: nobody else is
  // theirs to see). Someone outside it gets the answer of an unknown id, so
  // the API does not confirm who exists elsewhere.
  const nameable = personVisible(viewer, nomination.candidateId);
  if (!candidate?.active || !nameable) return refuse("not_found", `no active person "${nomination.candidateId}" in what you may see`);
  if (seat?.incumbentId === nomination.candidateId) return refuse("bad_request", `${nomination.candidateId} already holds this seat`);
  // Nobody but HR sees a slate entry naming themselves, so nobody else may write one.
  if (!canAdminister(viewer) && nomination.candidateId === user.personId) return refuse("forbidden", "you cannot nominate yourself");

  const data = {
    readiness: nomination.readiness,
    emergency: nomination.emergency,
    rationale: nomination.rationale || null,
    status: "proposed",
    nominatedById: user.personId,
    decisionReason: null,
    decidedById: null,
    decidedAt: null,
  };
  try {
    const row = await db.$transaction(async (tx) => {
      const key = { positionId_candidateId: { positionId: nomination.positionId, candidateId: nomination.candidateId } };
      const before = await tx.nomination.findUnique({ where: key, select: fields });
      if (before?.status === "succeeded") throw new ConflictSignal(`${nomination.candidateId} has already taken this seat`);
      let id: number;
      if (before) {
        // Nominating the same person again re-opens their entry (SPEC §2: one entry per seat and candidate).
        const { count } = await tx.nomination.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } });
        if (count === 0) throw new ConflictSignal("the entry changed while you were saving; reload and try again");
        id = before.id;
      } else {
        id = (await tx.nomination.create({ data: { ...data, positionId: nomination.positionId, candidateId: nomination.candidateId }, select: { id: true } })).id;
      }
      const after = await tx.nomination.findUniqueOrThrow({ where: { id }, select: viewFields });
      const { position: _p, candidate: _c, ...afterFields } = after;
      await recordAudit(tx, { user, action: before ? "renominate" : "create", entity: "nomination", entityId: id, before, after: afterFields });
      await recordVersions(tx, { entity: "nomination", keys: [id], validFrom: viewer.today });
      await queueProposalMail(tx, { proposer: user, positionId: nomination.positionId, seatTitle: after.position.title, candidateId: nomination.candidateId, candidateName: after.candidate.name, readiness: nomination.readiness });
      return after;
    });
    deliverSoon(db);
    return ok(toView(viewer, row));
  } catch (error) {
    if (error instanceof ConflictSignal) return refuse("conflict", error.message);
    // Two people naming the same candidate at the same instant: one insert loses the unique key.
    if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
      return refuse("conflict", "someone nominated this candidate at the same moment; reload and try again");
    }
    throw error;
  }
}

// A proposal waits for HR: each HR account but the proposer's is told.
async function queueProposalMail(
  tx: Tx,
  m: { proposer: AppUser; positionId: string; seatTitle: string; candidateId: string; candidateName: string; readiness: string },
): Promise<void> {
  const mail = mailSettings();
  if (!mail) return;
  const accounts = await tx.user.findMany({ where: { active: true, role: { in: ["hr", "admin"] } }, select: { id: true, role: true, personId: true, active: true } });
  const userIds = proposalRecipients(accounts.map((a) => ({ ...a, role: a.role as Role })), m.proposer.id);
  const content = proposalMail({ ...m, proposedBy: m.proposer.name ?? m.proposer.email, baseUrl: mail.baseUrl });
  await enqueueMail(tx, userIds.map((userId) => ({ userId, kind: "proposal", content })), mail);
}

const DECISIONS = { approve: "approved", decline: "declined" } as const;

export async function decideNomination(
  viewer: Viewer,
  options: { id: number; decision: keyof typeof DECISIONS; reason?: string; version: number },
): Promise<Result<NominationView>> {
  const { db, user } = viewer;
  const { id, decision, version } = options;
  if (!canAdminister(viewer)) return refuse("forbidden", "only HR approves or declines nominations");
  const current = await db.nomination.findUnique({ where: { id }, select: fields });
  if (!current) return refuse("not_found", `no nomination ${id}`);
  // Four eyes: whoever proposed an entry does not also decide it.
  if (await isNominator(db, user, current)) return refuse("forbidden", "you proposed this nomination; another HR member decides it");
  const reason = options.reason?.trim() || null;
  if (decision === "decline" && !reason) return refuse("bad_request", "a decline needs a reason the nominator can read");
  if (current.status !== "proposed") return refuse("conflict", `this nomination is already ${current.status}`);
  try {
    const row = await db.$transaction(async (tx) => {
      const status = DECISIONS[decision];
      // The where-clause is the lock: of two concurrent decisions on one
      // version, the second matches nothing and rolls back.
      const { count } = await tx.nomination.updateMany({
        where: { id, version, status: "proposed" },
        data: { status, decisionReason: reason, decidedById: user.id, decidedAt: new Date(), version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictSignal("someone changed or decided this nomination since you read it; reload");
      const after = await tx.nomination.findUniqueOrThrow({ where: { id }, select: viewFields });
      const { position, candidate, ...afterFields } = after;
      await recordAudit(tx, { user, action: decision, entity: "nomination", entityId: id, before: current, after: afterFields });
      await recordVersions(tx, { entity: "nomination", keys: [id], validFrom: viewer.today });
      const told = await notifyNominator(tx, {
        nominatedById: current.nominatedById,
        proposerUserId: await proposerUserId(tx, id),
        message: `Your nomination of ${candidate.name} (${current.candidateId}) for ${position.title} was ${status}${reason ? `: ${reason}` : "."}`,
        link: slateHref(current.positionId),
      });
      const mail = mailSettings();
      if (mail) {
        const content = decisionMail({ decision: status, positionId: current.positionId, seatTitle: position.title, candidateId: current.candidateId, candidateName: candidate.name, baseUrl: mail.baseUrl });
        await enqueueMail(tx, told.map((userId) => ({ userId, kind: "decision", content })), mail);
      }
      return after;
    });
    deliverSoon(db);
    return ok(toView(viewer, row));
  } catch (error) {
    if (error instanceof ConflictSignal) return refuse("conflict", error.message);
    throw error;
  }
}

export async function withdrawNomination(viewer: Viewer, options: { id: number; version: number }): Promise<Result<NominationView>> {
  const { db, user } = viewer;
  const { id, version } = options;
  const visible = await findNomination(viewer, id);
  if (!visible) return refuse("not_found", `no nomination ${id} in what you may see`);
  if (!(await isNominator(db, user, visible))) return refuse("forbidden", "only the nominator may withdraw a nomination");
  if (visible.status !== "proposed" && visible.status !== "approved") return refuse("conflict", `this nomination is already ${visible.status}`);
  try {
    const row = await db.$transaction(async (tx) => {
      const before = await tx.nomination.findUnique({ where: { id }, select: fields });
      const { count } = await tx.nomination.updateMany({
        where: { id, version, status: { in: ["proposed", "approved"] } },
        data: { status: "withdrawn", version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictSignal("someone changed this nomination since you read it; reload");
      const after = await tx.nomination.findUniqueOrThrow({ where: { id }, select: viewFields });
      const { position: _p, candidate: _c, ...afterFields } = after;
      await recordAudit(tx, { user, action: "withdraw", entity: "nomination", entityId: id, before, after: afterFields });
      await recordVersions(tx, { entity: "nomination", keys: [id], validFrom: viewer.today });
      return after;
    });
    return ok(toView(viewer, row));
  } catch (error) {
    if (error instanceof ConflictSignal) return refuse("conflict", error.message);
    throw error;
  }
}
