import "server-only";
import { canAdminister } from "@/lib/server/access/permissions";
import type { AuditNames } from "@/lib/audit/references";
import type { Viewer } from "@/lib/server/access/viewer";
import { findAuditNames } from "./audit-names";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage {
  rows: { id: number; at: Date; actorLabel: string; action: string; entity: string; entityId: string; before: string | null; after: string | null }[];
  page: number;
  total: number;
  entities: string[];
  names: AuditNames;
}

// The audit log is HR's to read (SPEC §4); anyone else gets null, which
// pages turn into "not found".
export async function findAuditEvents(viewer: Viewer, options: { entity?: string; actor?: string; page: number }): Promise<AuditPage | null> {
  const { db } = viewer;
  const { entity, actor, page } = options;
  if (!canAdminister(viewer)) return null;
  const where = { ...(entity ? { entity } : {}), ...(actor ? { actorLabel: { contains: actor.toLowerCase() } } : {}) };
  const [rows, total, entities] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
  ]);
  return {
    rows: rows.map(({ actorUserId: _actor, ...row }) => row),
    names: await findAuditNames(viewer, rows),
    page,
    total,
    entities: entities.map((e) => e.entity),
  };
}
