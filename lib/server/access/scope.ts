import "server-only";
import type { Db } from "@/lib/server/infra/db";
import { isHrRole } from "./permissions";
import type { AppUser } from "@/lib/server/auth/users";

// Who may see what (SPEC §4), decided once per request and handed to every
// query (the rules over it are in permissions.ts). HR and admins see everything; executives see the whole organization
// without sensitive fields; a manager sees their reporting subtree.
export type Scope =
  | { kind: "organization"; sensitive: boolean; selfId: string | null }
  | { kind: "subtree"; managerId: string; orgUnitId: string; employeeIds: ReadonlySet<string>; selfId: string | null };

// Everyone whose reporting chain reaches the manager, the manager included
// (their own seat is theirs to plan). One recursive query on either database.
export async function findSubtreeIds(db: Db, managerId: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree(id) AS (
      SELECT "employeeId" FROM "Person" WHERE "employeeId" = ${managerId}
      UNION
      SELECT p."employeeId" FROM "Person" p JOIN subtree s ON p."managerId" = s.id
    )
    SELECT id FROM subtree`;
  return new Set(rows.map((r) => r.id));
}

export async function scopeFor(db: Db, user: AppUser): Promise<Scope> {
  if (user.role !== "manager") return { kind: "organization", sensitive: isHrRole(user.role), selfId: user.personId };
  const person = user.personId
    ? await db.person.findUnique({ where: { employeeId: user.personId }, select: { employeeId: true, orgUnitId: true } })
    : null;
  // A manager account not linked to a person sees nothing rather than everything.
  if (!person) return { kind: "subtree", managerId: "", orgUnitId: "", employeeIds: new Set(), selfId: null };
  return {
    kind: "subtree",
    managerId: person.employeeId,
    orgUnitId: person.orgUnitId,
    employeeIds: await findSubtreeIds(db, person.employeeId),
    selfId: person.employeeId,
  };
}
