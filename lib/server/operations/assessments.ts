import "server-only";
import { ANSWER_FIELDS, ZAssessmentDraft, ZAssessmentValues, type AssessmentValues } from "@/lib/schemas/assessment";
import { mayAssess } from "@/lib/server/access/permissions";
import { recordAudit } from "@/lib/server/infra/audit";
import { recordVersions } from "@/lib/server/state/history-record";
import { fieldErrorsOf, ok, refuse, type Result } from "./result";
import type { Viewer } from "@/lib/server/access/viewer";

// Assessments written by managers (their reports) and HR (anyone), for the
// latest open talent-review cycle (SPEC §2). A draft is the assessor's
// work in progress: the engine reads submitted assessments only
// (lib/server/state/engine-input.ts), so a draft never moves a score.

export interface OpenCycle {
  id: number;
  name: string;
  cycleDate: string;
}


// The latest cycle by date that is still open; ties go to the newer id, as
// the engine orders cycles.
export async function findOpenCycle(viewer: Pick<Viewer, "db">): Promise<OpenCycle | null> {
  return viewer.db.cycle.findFirst({
    where: { status: "open" },
    orderBy: [{ cycleDate: "desc" }, { id: "desc" }],
    select: { id: true, name: true, cycleDate: true },
  });
}

export interface AssessmentFormData {
  person: { employeeId: string; name: string; title: string };
  cycle: OpenCycle | null;
  status: "draft" | "submitted" | null;
  // A draft's unanswered questions are null.
  values: { [K in keyof AssessmentValues]?: AssessmentValues[K] | null };
}

const valueFields = {
  performance: true, potential: true, mgmtPlanning: true, mgmtOrganizing: true, mgmtControlling: true, mgmtProblemSolving: true,
  leadDirection: true, leadAlignment: true, leadInspiration: true, leadChange: true, leadershipTimePct: true, flightRisk: true, notes: true,
} as const;

// null means "not yours to assess", which pages answer with a 404 so that
// the address does not even confirm the person exists.
export async function findAssessmentForm(viewer: Viewer, employeeId: string): Promise<AssessmentFormData | null> {
  const { db } = viewer;
  if (!mayAssess(viewer, employeeId)) return null;
  const person = await db.person.findFirst({ where: { employeeId, active: true }, select: { employeeId: true, name: true, title: true } });
  if (!person) return null;
  const cycle = await findOpenCycle(viewer);
  const existing = cycle
    ? await db.assessment.findUnique({ where: { personId_cycleId: { personId: employeeId, cycleId: cycle.id } }, select: { ...valueFields, status: true } })
    : null;
  if (!existing) return { person, cycle, status: null, values: {} };
  const { status, notes, flightRisk, ...numbers } = existing;
  return {
    person,
    cycle,
    status: status === "draft" ? "draft" : "submitted",
    values: { ...numbers, flightRisk: flightRisk as AssessmentValues["flightRisk"] | null, notes },
  };
}

// Errors on the form's own fields only: anything else is not the person's to fix.
const assessmentField = (path: readonly PropertyKey[]) => {
  const field = path[0];
  return typeof field === "string" && field in ZAssessmentValues.shape ? field : null;
};

export async function saveAssessment(viewer: Viewer, options: { employeeId: string; values: unknown; submit: boolean }): Promise<Result<{ status: "draft" | "submitted" }>> {
  const { db, user } = viewer;
  const { employeeId, submit } = options;
  if (!mayAssess(viewer, employeeId)) return refuse("not_found", "No such person in your team.");
  // A draft keeps whatever is answered so far, each answer still checked;
  // submitting needs every answer.
  const parsed = (submit ? ZAssessmentValues : ZAssessmentDraft).safeParse(options.values);
  if (!parsed.success) {
    return refuse("bad_request", "Some answers need attention.", fieldErrorsOf(parsed.error.issues, assessmentField));
  }
  const person = await db.person.findFirst({ where: { employeeId, active: true }, select: { employeeId: true } });
  if (!person) return refuse("not_found", "No such person in your team.");
  const cycle = await findOpenCycle(viewer);
  if (!cycle) return refuse("conflict", "No talent-review cycle is open; HR opens one before assessments can be made.");

  const status = submit ? "submitted" : "draft";
  // An answer left blank on a draft is stored as blank, also when it was
  // answered in an earlier draft: the form shows every answer it saves.
  const blanks = Object.fromEntries(ANSWER_FIELDS.map((field) => [field, null]));
  const data = { ...blanks, ...parsed.data, notes: parsed.data.notes ?? null, status, assessorId: user.personId };
  return db.$transaction(async (tx): Promise<Result<{ status: "draft" | "submitted" }>> => {
    const key = { personId_cycleId: { personId: employeeId, cycleId: cycle.id } };
    const before = await tx.assessment.findUnique({ where: key });
    // Turning a submitted assessment back into a draft would silently take
    // the person out of the engine's scores; changes to it are resubmitted.
    if (before?.status === "submitted" && !submit) {
      return refuse("conflict", "This assessment is already submitted; submit your changes instead of saving a draft.");
    }
    const after = await tx.assessment.upsert({ where: key, create: { personId: employeeId, cycleId: cycle.id, ...data }, update: data });
    await recordAudit(tx, { user, action: before ? "update" : "create", entity: "assessment", entityId: after.id, before, after });
    await recordVersions(tx, { entity: "assessment", keys: [after.id], validFrom: viewer.today });
    return ok({ status });
  });
}
