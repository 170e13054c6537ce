import "server-only";
import { canAdminister } from "./access";
import type { Db, Tx } from "./db";
import { bumpDataVersion } from "./state/data-version";
import type { AppUser } from "./users";

// Every write goes through here inside its own transaction: the audit log is
// the record of who changed what, and the same call bumps the data version
// that every instance's cached organization state follows
// (lib/server/state/data-version.ts).
export async function recordAudit(
  tx: Tx,
  event: { user: AppUser; action: string; entity: string; entityId: string | number; before: unknown; after: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: event.user.id,
      actorLabel: event.user.email,
      action: event.action,
      entity: event.entity,
      entityId: String(event.entityId),
      before: event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
    },
  });
  await bumpDataVersion(tx, { entity: event.entity, entityId: event.entityId });
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage {
  rows: { id: number; at: Date; actorLabel: string; action: string; entity: string; entityId: string; before: string | null; after: string | null }[];
  page: number;
  total: number;
  entities: string[];
}

// The audit log is HR's to read (SPEC §4); anyone else gets null, which
// pages turn into "not found".
export async function findAuditEvents(options: {
  db: Db;
  user: AppUser;
  entity?: string;
  actor?: string;
  page: number;
}): Promise<AuditPage | null> {
  const { db, user, entity, actor, page } = options;
  if (!canAdminister(user.role)) return null;
  const where = { ...(entity ? { entity } : {}), ...(actor ? { actorLabel: { contains: actor.toLowerCase() } } : {}) };
  const [rows, total, entities] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
  ]);
  return {
    rows: rows.map(({ actorUserId: _actor, ...row }) => row),
    page,
    total,
    entities: entities.map((e) => e.entity),
  };
}
