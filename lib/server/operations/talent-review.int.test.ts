import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { getSnapshot } from "@/lib/server/state/org-state";
import { today } from "@/lib/server/infra/today";
import { calibratePlacement, findCalibrationHistory, findTalentReview } from "./talent-review";
import type { AppUser } from "@/lib/server/auth/users";
import { createViewer } from "@/lib/server/access/viewer";

const providers = await providersUnderTest();

const hr: AppUser = { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null };
const manager: AppUser = { id: 2, email: "d1@co.example", name: null, role: "manager", personId: "D1" };

describe.each(providers)("talent review on %s", (provider) => {
  let t: TestDatabase;
  let cycleId: number;
  let m1Assessment: number;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    await t.db.user.create({ data: { email: hr.email, role: "hr" } });
    await t.db.user.create({ data: { email: manager.email, role: "manager", personId: "D1" } });
    cycleId = (await t.db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } })).id;
    for (const personId of ["D1", "M1", "I2"]) {
      const a = await t.db.assessment.create({
        data: { personId, cycleId, performance: 2, potential: 2, ...MANAGER_NOT_LEADER_ITEMS, leadershipTimePct: 30, flightRisk: "low" },
      });
      if (personId === "M1") m1Assessment = a.id;
    }
  });
  afterAll(async () => t?.drop());

  it("places a cycle's people for HR, filtered by org unit, and exists for nobody else", async () => {
    const review = await findTalentReview(await createViewer({ db: t.db, user: hr }));
    expect(review?.placements.map((p) => p.employeeId).sort()).toEqual(["D1", "I2", "M1"]);
    expect(review?.placements[0]?.scores).toEqual({ mgmtScore: 100, leadScore: 25 });
    expect((await findTalentReview(await createViewer({ db: t.db, user: hr }), { orgUnit: "Co/Build" }))?.placements.map((p) => p.employeeId).sort()).toEqual(["D1", "M1"]);
    expect(await findTalentReview(await createViewer({ db: t.db, user: manager }))).toBeNull();
  });

  it("moves a person with a reason, keeps the history and feeds the engine the calibrated box", async () => {
    expect(await calibratePlacement(await createViewer({ db: t.db, user: hr }), { assessmentId: String(m1Assessment), performance: "3", potential: "3", reason: "Led the turnaround" })).toEqual({ ok: true, value: null });
    const review = await findTalentReview(await createViewer({ db: t.db, user: hr }));
    expect(review?.placements.find((p) => p.employeeId === "M1")).toMatchObject({ performance: 3, potential: 3, calibrated: true });
    const stored = await t.db.assessment.findUniqueOrThrow({ where: { id: m1Assessment } });
    expect(stored).toMatchObject({ performance: 2, potential: 2, calibratedPerformance: 3, calibratedPotential: 3 });
    const history = await findCalibrationHistory(await createViewer({ db: t.db, user: hr }), cycleId);
    expect(history[0]).toMatchObject({ fromPerformance: 2, toPerformance: 3, reason: "Led the turnaround" });
    expect(await t.db.auditEvent.count({ where: { action: "calibrate" } })).toBe(1);
    expect((await getSnapshot({ db: t.db, asOf: today() })).people.get("M1")?.potential).toBe(3);
  });

  it("refuses a manager, a missing reason and a no-op, writing nothing", async () => {
    const before = await dumpContent(t.db);
    expect(await calibratePlacement(await createViewer({ db: t.db, user: manager }), { assessmentId: String(m1Assessment), performance: "1", potential: "1", reason: "no" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await calibratePlacement(await createViewer({ db: t.db, user: hr }), { assessmentId: String(m1Assessment), performance: "1", potential: "1", reason: "" })).toMatchObject({ ok: false, code: "bad_request" });
    expect(await calibratePlacement(await createViewer({ db: t.db, user: hr }), { assessmentId: String(m1Assessment), performance: "3", potential: "3", reason: "again" })).toMatchObject({ ok: false, code: "bad_request" });
    expect(await dumpContent(t.db)).toEqual(before);
  });
});
