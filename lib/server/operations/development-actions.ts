import "server-only";
import { ZDevelopmentActionInput } from "@/lib/schemas/development-action";
import type { Scope } from "@/lib/server/access/scope";
import { mayAssess } from "./assessments";
import { recordAudit } from "@/lib/server/infra/audit";
import type { Db } from "@/lib/server/infra/db";
import type { AppUser } from "@/lib/server/auth/users";

export type ProposeOutcome =
  | { ok: true; id: number }
  | { ok: false; code: "bad_request"; message: string; fieldErrors: Record<string, string> }
  | { ok: false; code: "not_found"; message: string };

// Whoever may assess someone may also plan their development: their
// managers (up the chain) and HR, never the person themselves.
export async function proposeDevelopmentAction(options: {
  db: Db;
  user: AppUser;
  scope: Scope;
  employeeId: string;
  values: Record<string, string>;
}): Promise<ProposeOutcome> {
  const { db, user, scope, employeeId } = options;
  if (!mayAssess(scope, employeeId)) return { ok: false, code: "not_found", message: `no person "${employeeId}" you may plan for` };
  const parsed = ZDevelopmentActionInput.safeParse(options.values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, code: "bad_request", message: "Some answers need another look.", fieldErrors };
  }
  const person = await db.person.findFirst({ where: { employeeId, active: true }, select: { employeeId: true } });
  if (!person) return { ok: false, code: "not_found", message: `no person "${employeeId}" you may plan for` };
  const id = await db.$transaction(async (tx) => {
    const created = await tx.developmentAction.create({
      data: { personId: employeeId, ...parsed.data, status: "planned", proposedById: user.id },
      select: { id: true, personId: true, kind: true, goal: true, description: true, dueDate: true, status: true },
    });
    await recordAudit(tx, { user, action: "create", entity: "development_action", entityId: created.id, before: null, after: created });
    return created.id;
  });
  return { ok: true, id };
}
