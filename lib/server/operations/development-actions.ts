import "server-only";
import { ZDevelopmentActionInput } from "@/lib/schemas/development-action";
import type { Viewer } from "@/lib/server/access/viewer";
import { mayAssess } from "@/lib/server/access/permissions";
import { recordAudit } from "@/lib/server/infra/audit";
import { fieldErrorsOf, ok, refuse, type Result } from "./result";


// Whoever may assess someone may also plan their development: their
// managers (up the chain) and HR, never the person themselves.
export async function proposeDevelopmentAction(viewer: Viewer, options: { employeeId: string; values: Record<string, string> }): Promise<Result<{ id: number }>> {
  const { db, user } = viewer;
  const { employeeId } = options;
  if (!mayAssess(viewer, employeeId)) return refuse("not_found", `no person "${employeeId}" you may plan for`);
  const parsed = ZDevelopmentActionInput.safeParse(options.values);
  if (!parsed.success) return refuse("bad_request", "Some answers need another look.", fieldErrorsOf(parsed.error.issues));
  const person = await db.person.findFirst({ where: { employeeId, active: true }, select: { employeeId: true } });
  if (!person) return refuse("not_found", `no person "${employeeId}" you may plan for`);
  const id = await db.$transaction(async (tx) => {
    const created = await tx.developmentAction.create({
      data: { personId: employeeId, ...parsed.data, status: "planned", proposedById: user.id },
      select: { id: true, personId: true, kind: true, goal: true, description: true, dueDate: true, status: true },
    });
    await recordAudit(tx, { user, action: "create", entity: "development_action", entityId: created.id, before: null, after: created });
    return created.id;
  });
  return ok({ id });
}
