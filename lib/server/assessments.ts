import "server-only";
import { ZAssessmentValues, type AssessmentField, type AssessmentValues } from "@/lib/schemas/assessment";
import type { Scope } from "./access";
import { recordAudit } from "./audit";
import type { Db } from "./db";
import { recordVersions } from "./state/history-record";
import { today } from "./today";
import type { AppUser } from "./users";

// Assessments written by managers (their reports) and HR (anyone), for the
// latest open talent-review cycle (SPEC §2). A draft is the assessor's
// work in progress: the engine reads submitted assessments only
// (lib/server/engine-input.ts), so a draft never moves a score.

export interface OpenCycle {
  id: number;
  name: string;
  cycleDate: string;
}

export type SaveOutcome =
  | { ok: true; status: "draft" | "submitted" }
  | { ok: false; code: "bad_request"; message: string; fieldErrors: Partial<Record<AssessmentField, string>> }
  | { ok: false; code: "not_found" | "conflict"; message: string };

// The latest cycle by date that is still open; ties go to the newer id, as
// the engine orders cycles.
export async function findOpenCycle(db: Db): Promise<OpenCycle | null> {
  return db.cycle.findFirst({
    where: { status: "open" },
    orderBy: [{ cycleDate: "desc" }, { id: "desc" }],
    select: { id: true, name: true, cycleDate: true },
  });
}

// Nobody assesses themselves (SPEC §4: nobody but HR even reads their own
// assessment). HR and admins may assess anyone else; executives nobody; a
// manager anyone below them in the reporting tree.
export function mayAssess(scope: Scope, employeeId: string): boolean {
  if (scope.selfId !== null && scope.selfId === employeeId) return false;
  if (scope.kind === "organization") return scope.sensitive;
  return scope.employeeIds.has(employeeId);
}

export interface AssessmentFormData {
  person: { employeeId: string; name: string; title: string };
  cycle: OpenCycle | null;
  status: "draft" | "submitted" | null;
  values: Partial<AssessmentValues>;
}

const valueFields = {
  performance: true, potential: true, mgmtPlanning: true, mgmtOrganizing: true, mgmtControlling: true, mgmtProblemSolving: true,
  leadDirection: true, leadAlignment: true, leadInspiration: true, leadChange: true, leadershipTimePct: true, flightRisk: true, notes: true,
} as const;

// null means "not yours to assess", which pages answer with a 404 so that
// the address does not even confirm the person exists.
export async function findAssessmentForm(options: { db: Db; scope: Scope; employeeId: string }): Promise<AssessmentFormData | null> {
  const { db, scope, employeeId } = options;
  if (!mayAssess(scope, employeeId)) return null;
  const person = await db.person.findFirst({ where: { employeeId, active: true }, select: { employeeId: true, name: true, title: true } });
  if (!person) return null;
  const cycle = await findOpenCycle(db);
  const existing = cycle
    ? await db.assessment.findUnique({ where: { personId_cycleId: { personId: employeeId, cycleId: cycle.id } }, select: { ...valueFields, status: true } })
    : null;
  if (!existing) return { person, cycle, status: null, values: {} };
  const { status, notes, flightRisk, ...numbers } = existing;
  return {
    person,
    cycle,
    status: status === "draft" ? "draft" : "submitted",
    values: { ...numbers, flightRisk: flightRisk as AssessmentValues["flightRisk"], notes: notes ?? undefined },
  };
}

function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Partial<Record<AssessmentField, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === "string" && field in ZAssessmentValues.shape) errors[field as AssessmentField] ??= issue.message;
  }
  return errors;
}

export async function saveAssessment(options: {
  db: Db;
  user: AppUser;
  scope: Scope;
  employeeId: string;
  values: unknown;
  submit: boolean;
}): Promise<SaveOutcome> {
  const { db, user, scope, employeeId, submit } = options;
  if (!mayAssess(scope, employeeId)) return { ok: false, code: "not_found", message: "No such person in your team." };
  const parsed = ZAssessmentValues.safeParse(options.values);
  if (!parsed.success) {
    return { ok: false, code: "bad_request", message: "Some answers need attention.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  const person = await db.person.findFirst({ where: { employeeId, active: true }, select: { employeeId: true } });
  if (!person) return { ok: false, code: "not_found", message: "No such person in your team." };
  const cycle = await findOpenCycle(db);
  if (!cycle) return { ok: false, code: "conflict", message: "No talent-review cycle is open; HR opens one before assessments can be made." };

  const status = submit ? "submitted" : "draft";
  const data = { ...parsed.data, notes: parsed.data.notes ?? null, status, assessorId: user.personId };
  return db.$transaction(async (tx) => {
    const key = { personId_cycleId: { personId: employeeId, cycleId: cycle.id } };
    const before = await tx.assessment.findUnique({ where: key });
    // Turning a submitted assessment back into a draft would silently take
    // the person out of the engine's scores; changes to it are resubmitted.
    if (before?.status === "submitted" && !submit) {
      return { ok: false, code: "conflict", message: "This assessment is already submitted; submit your changes instead of saving a draft." } as const;
    }
    const after = await tx.assessment.upsert({ where: key, create: { personId: employeeId, cycleId: cycle.id, ...data }, update: data });
    await recordAudit(tx, { user, action: before ? "update" : "create", entity: "assessment", entityId: after.id, before, after });
    await recordVersions(tx, { entity: "assessment", keys: [after.id], validFrom: today() });
    return { ok: true, status } as const;
  });
}
