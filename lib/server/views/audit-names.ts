import "server-only";
import { referencedKeys, type AuditNames } from "@/lib/audit/references";
import { canAdminister, personVisible, seatVisible } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";

// The names behind the keys in a page of audit events: people, seats, user
// accounts and cycles, each only when the viewer may see that record (a key
// they may not see stays a key). One query per kind for the whole page.
export async function findAuditNames(
  viewer: Viewer,
  events: readonly { entity: string; entityId: string; before: string | null; after: string | null }[],
): Promise<AuditNames> {
  const { db } = viewer;
  const keys = referencedKeys(events);
  const userIds = keys.user.map(Number).filter(Number.isInteger);
  const cycleIds = keys.cycle.map(Number).filter(Number.isInteger);
  const [people, seats, users, cycles] = await Promise.all([
    keys.person.length ? db.person.findMany({ where: { employeeId: { in: keys.person } }, select: { employeeId: true, name: true } }) : [],
    keys.position.length
      ? db.position.findMany({ where: { positionId: { in: keys.position } }, select: { positionId: true, title: true, incumbentId: true, orgUnitId: true } })
      : [],
    userIds.length && canAdminister(viewer) ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }) : [],
    cycleIds.length ? db.cycle.findMany({ where: { id: { in: cycleIds } }, select: { id: true, name: true } }) : [],
  ]);
  return {
    person: Object.fromEntries(people.filter((p) => personVisible(viewer, p.employeeId)).map((p) => [p.employeeId, p.name])),
    position: Object.fromEntries(seats.filter((s) => seatVisible(viewer, s)).map((s) => [s.positionId, s.title])),
    user: Object.fromEntries(users.map((u) => [String(u.id), u.name ?? u.email])),
    cycle: Object.fromEntries(cycles.map((c) => [String(c.id), c.name])),
  };
}
