import "server-only";
import { z } from "zod";
import { isAnswered } from "@/lib/schemas/assessment";
import { scoreAssessment } from "@/lib/domain";
import type { ReviewPlacement } from "@/lib/review/grid";
import { settingsFromRows } from "@/lib/schemas/settings";
import { canAdminister, isInUnitSubtree } from "@/lib/server/access/permissions";
import { recordAudit } from "@/lib/server/infra/audit";
import { recordVersions } from "@/lib/server/state/history-record";
import { fieldErrorsOf, ok, refuse, type Result } from "./result";
import type { Viewer } from "@/lib/server/access/viewer";
import { assessmentsDueMail } from "@/lib/mail/messages";
import { assessmentsDueRecipients } from "@/lib/mail/recipients";
import type { Role } from "@/lib/schemas/auth";
import { ZIsoDate } from "@/lib/schemas/api";
import { mailSettings } from "@/lib/server/infra/env";
import { deliverSoon, enqueueMail, findAssessmentsDue } from "./mail-outbox";

// Talent review is HR's meeting (SPEC §4, §5): HR and admins see a cycle's
// placements and calibrate them; for everyone else the page does not exist.

export interface TalentReview {
  cycles: { id: number; name: string; cycleDate: string }[];
  cycle: { id: number; name: string; cycleDate: string } | null;
  orgUnit: string | null;
  placements: ReviewPlacement[];
  readyScoreMin: number;
}

export async function findTalentReview(viewer: Viewer, options: { cycleId?: number; orgUnit?: string } = {}): Promise<TalentReview | null> {
  const { db } = viewer;
  if (!canAdminister(viewer)) return null;
  const cycles = await db.cycle.findMany({ orderBy: [{ cycleDate: "desc" }, { id: "desc" }], select: { id: true, name: true, cycleDate: true } });
  const cycle = cycles.find((c) => c.id === options.cycleId) ?? cycles[0] ?? null;
  const settings = settingsFromRows(await db.setting.findMany({ select: { key: true, value: true } }));
  if (!cycle) return { cycles, cycle: null, orgUnit: options.orgUnit ?? null, placements: [], readyScoreMin: settings.readyScoreMin };
  const rows = await db.assessment.findMany({
    where: { cycleId: cycle.id, status: "submitted", person: { active: true } },
    select: {
      id: true, performance: true, potential: true, calibratedPerformance: true, calibratedPotential: true,
      mgmtPlanning: true, mgmtOrganizing: true, mgmtControlling: true, mgmtProblemSolving: true,
      leadDirection: true, leadAlignment: true, leadInspiration: true, leadChange: true,
      person: { select: { employeeId: true, name: true, orgUnitId: true } },
    },
  });
  const placements = rows
    .filter(isAnswered)
    .filter((r) => !options.orgUnit || isInUnitSubtree(r.person.orgUnitId, options.orgUnit))
    .map((r) => {
      const scores = scoreAssessment({ ...r, personId: r.person.employeeId, cycleId: cycle.id, leadershipTimePct: 0, flightRisk: "low" });
      return {
        assessmentId: r.id,
        employeeId: r.person.employeeId,
        name: r.person.name,
        performance: r.calibratedPerformance ?? r.performance,
        potential: r.calibratedPotential ?? r.potential,
        calibrated: r.calibratedPerformance !== null || r.calibratedPotential !== null,
        scores,
      };
    });
  return { cycles, cycle, orgUnit: options.orgUnit ?? null, placements, readyScoreMin: settings.readyScoreMin };
}

export const ZCalibration = z.object({
  assessmentId: z.coerce.number().int().positive({ error: "Choose whom to move." }),
  performance: z.coerce.number().int().min(1, "Choose a performance from 1 to 3.").max(3, "Choose a performance from 1 to 3."),
  potential: z.coerce.number().int().min(1, "Choose a potential from 1 to 3.").max(3, "Choose a potential from 1 to 3."),
  reason: z.string().trim().min(3, "Say why the calibration moves this person.").max(500, "Keep the reason under 500 characters."),
});


// Moves a person to another box with a reason. The assessor's own marks stay
// as they were; the calibrated placement and its history sit beside them.
export async function calibratePlacement(viewer: Viewer, values: unknown): Promise<Result> {
  const { db, user } = viewer;
  if (!canAdminister(viewer)) return refuse("not_found", "not found");
  const parsed = ZCalibration.safeParse(values);
  if (!parsed.success) return refuse("bad_request", parsed.error.issues.map((i) => i.message).join(" "));
  const { assessmentId, performance, potential, reason } = parsed.data;
  return db.$transaction(async (tx): Promise<Result> => {
    const before = await tx.assessment.findUnique({
      where: { id: assessmentId },
      select: { id: true, personId: true, performance: true, potential: true, calibratedPerformance: true, calibratedPotential: true, status: true },
    });
    if (!before || before.status !== "submitted" || !isAnswered(before)) return refuse("not_found", "That assessment is not in the review.");
    const from = { performance: before.calibratedPerformance ?? before.performance, potential: before.calibratedPotential ?? before.potential };
    if (from.performance === performance && from.potential === potential) {
      return refuse("bad_request", "That is already where this person sits.");
    }
    await tx.assessment.update({ where: { id: assessmentId }, data: { calibratedPerformance: performance, calibratedPotential: potential } });
    await tx.calibration.create({
      data: { assessmentId, fromPerformance: from.performance, fromPotential: from.potential, toPerformance: performance, toPotential: potential, reason, byUserId: user.id },
    });
    await recordAudit(tx, {
      user,
      action: "calibrate",
      entity: "assessment",
      entityId: assessmentId,
      before: { personId: before.personId, ...from },
      after: { personId: before.personId, performance, potential, reason },
    });
    await recordVersions(tx, { entity: "assessment", keys: [assessmentId], validFrom: viewer.today });
    return ok(null);
  });
}

export type CalibrationHistory = Awaited<ReturnType<typeof findCalibrationHistory>>;

export async function findCalibrationHistory(viewer: Viewer, cycleId: number) {
  if (!canAdminister(viewer)) return [];
  return viewer.db.calibration.findMany({
    where: { assessment: { cycleId } },
    orderBy: { id: "desc" },
    take: 50,
    select: {
      id: true, createdAt: true, fromPerformance: true, fromPotential: true, toPerformance: true, toPotential: true, reason: true,
      byUser: { select: { email: true } },
      assessment: { select: { person: { select: { employeeId: true, name: true } } } },
    },
  });
}

export const ZNewCycle = z.object({
  name: z.string().trim().min(1, "Name the cycle, e.g. 2027 H1.").max(60, "Keep the name under 60 characters."),
  cycleDate: ZIsoDate,
});

// HR opens a talent-review cycle: assessments from now on belong to it
// (the latest open cycle by date), and every manager with direct reports to
// assess is told, by e-mail when it is configured (docs/notifications.md).
export async function openCycle(viewer: Viewer, values: unknown): Promise<Result<{ id: number; name: string; mailed: number }>> {
  const { db, user } = viewer;
  if (!canAdminister(viewer)) return refuse("not_found", "not found");
  const parsed = ZNewCycle.safeParse(values);
  if (!parsed.success) return refuse("bad_request", parsed.error.issues.map((i) => i.message).join(" "), fieldErrorsOf(parsed.error.issues));
  const { name, cycleDate } = parsed.data;
  const mail = mailSettings();
  const outcome = await db.$transaction(async (tx): Promise<Result<{ id: number; name: string; mailed: number }>> => {
    if (await tx.cycle.findUnique({ where: { name }, select: { id: true } })) return refuse("conflict", `A cycle named "${name}" exists already.`, { name: "This name is taken." });
    const cycle = await tx.cycle.create({ data: { name, cycleDate, status: "open" }, select: { id: true, name: true, cycleDate: true, status: true } });
    await recordAudit(tx, { user, action: "create", entity: "cycle", entityId: cycle.id, before: null, after: cycle });
    // A cycle dated before another open one is not where assessments go, so nobody is told to make them.
    const current = await tx.cycle.findFirst({ where: { status: "open" }, orderBy: [{ cycleDate: "desc" }, { id: "desc" }], select: { id: true } });
    let mailed = 0;
    if (mail && current?.id === cycle.id) {
      const due = await findAssessmentsDue(tx, cycle.id);
      const accounts = await tx.user.findMany({ where: { active: true, personId: { not: null }, role: { not: "executive" } }, select: { id: true, role: true, personId: true, active: true } });
      const recipients = assessmentsDueRecipients(accounts.map((a) => ({ ...a, role: a.role as Role })), due);
      mailed = await enqueueMail(
        tx,
        recipients.map(({ userId, due: count }) => ({ userId, kind: "assessments_due", content: assessmentsDueMail({ cycleName: name, due: count, baseUrl: mail.baseUrl }) })),
        mail,
      );
    }
    return ok({ id: cycle.id, name: cycle.name, mailed });
  });
  if (outcome.ok) deliverSoon(db);
  return outcome;
}
