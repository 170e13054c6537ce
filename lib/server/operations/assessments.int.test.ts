import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import { findAssessmentForm, saveAssessment } from "./assessments";
import { getSnapshot } from "@/lib/server/state/org-state";
import { findTeam } from "@/lib/server/views/team";
import { assessmentFormFields } from "@/lib/schemas/assessment";
import { ZTeamQuery } from "@/lib/schemas/team";
import { today } from "@/lib/server/infra/today";
import type { AppUser } from "@/lib/server/auth/users";

const providers = await providersUnderTest();

// D1 manages M1, who manages I1; D2 is a peer of D1. Manager D1 may assess
// M1 and I1, never D2 and never themselves.
async function seed(t: TestDatabase): Promise<Record<string, AppUser>> {
  const { db } = t;
  await db.orgUnit.createMany({ data: [{ id: "Co", name: "Co", parentId: null, depth: 0 }] });
  const people: [string, string, string | null][] = [
    ["CEO", "L5", null], ["D1", "L4", "CEO"], ["D2", "L4", "CEO"], ["M1", "L2", "D1"], ["I1", "L1", "M1"],
  ];
  for (const [employeeId, levelCode, managerId] of people) {
    await db.person.create({
      data: { employeeId, name: `Name ${employeeId}`, email: `${employeeId.toLowerCase()}@co.example`, title: "T", orgUnitId: "Co", levelCode, managerId },
    });
  }
  await db.cycle.create({ data: { name: "2025 H2", cycleDate: "2025-10-01", status: "closed" } });
  await db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
  const users: Record<string, AppUser> = {};
  for (const [key, role, personId] of [["hr", "hr", null], ["executive", "executive", null], ["managerD1", "manager", "D1"]] as const) {
    const row = await db.user.create({ data: { email: `${key.toLowerCase()}@co.example`, role, personId } });
    users[key] = { id: row.id, email: row.email, name: null, role, personId };
  }
  return users;
}

// As a form posts them: text.
const answers = {
  performance: "2", potential: "3", mgmtPlanning: "4", mgmtOrganizing: "4", mgmtControlling: "4", mgmtProblemSolving: "4",
  leadDirection: "2", leadAlignment: "2", leadInspiration: "2", leadChange: "2", leadershipTimePct: "30", flightRisk: "medium", notes: "",
};

describe.each(providers)("assessments on %s", (provider) => {
  let t: TestDatabase;
  let u: Record<string, AppUser>;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    u = await seed(t);
  });
  afterAll(async () => t?.drop());

  const save = async (key: string, employeeId: string, submit: boolean, values: Record<string, string> = answers) => {
    const user = u[key]!;
    return saveAssessment(await createViewer({ db: t.db, user }), { employeeId, values, submit });
  };

  it("refuses outside the subtree, self-assessment, executives and bad input, and writes nothing", async () => {
    const before = await dumpContent(t.db);
    expect((await save("managerD1", "D2", false)).ok).toBe(false);
    expect((await save("managerD1", "CEO", true)).ok).toBe(false);
    const self = await save("managerD1", "D1", true);
    expect(self.ok ? "ok" : self.code).toBe("not_found");
    expect((await save("executive", "I1", true)).ok).toBe(false);
    const missing = await save("managerD1", "I1", true, { ...answers, leadChange: "" });
    expect(missing.ok ? {} : missing.code === "bad_request" ? missing.fieldErrors : {}).toEqual({
      leadChange: "Choose a score for Driving change from 1 to 5.",
    });
    expect(await dumpContent(t.db)).toEqual(before);
  });

  it("saves a draft the engine ignores, then submits it, auditing both in the open cycle", async () => {
    const asOf = today();
    // A draft may be half done: blank answers stay blank, given ones are still checked.
    expect(await save("managerD1", "I1", false, { performance: "2", leadChange: "", notes: "" })).toEqual({ ok: true, value: { status: "draft" } });
    const open = await t.db.cycle.findUniqueOrThrow({ where: { name: "2026 H2" } });
    const half = await t.db.assessment.findUniqueOrThrow({ where: { personId_cycleId: { personId: "I1", cycleId: open.id } } });
    expect(half).toMatchObject({ status: "draft", performance: 2, potential: null, leadChange: null, flightRisk: null, notes: null });
    const form = await findAssessmentForm(await createViewer({ db: t.db, user: u.managerD1! }), "I1");
    expect(assessmentFormFields(form!.values)).toEqual({ performance: "2" });
    const outOfRange = await save("managerD1", "I1", false, { performance: "7" });
    expect(outOfRange.ok ? {} : outOfRange.fieldErrors).toEqual({ performance: "Choose performance from 1 to 3." });
    expect((await getSnapshot({ db: t.db, asOf })).people.get("I1")?.scores.mgmtScore).toBeNull();

    expect(await save("managerD1", "I1", false)).toEqual({ ok: true, value: { status: "draft" } });
    const draft = await t.db.assessment.findUniqueOrThrow({ where: { personId_cycleId: { personId: "I1", cycleId: open.id } } });
    expect(draft).toMatchObject({ status: "draft", assessorId: "D1", leadershipTimePct: 30, flightRisk: "medium", notes: null });
    expect((await getSnapshot({ db: t.db, asOf })).people.get("I1")?.scores.mgmtScore).toBeNull();

    expect(await save("managerD1", "I1", true, { ...answers, notes: "Ready to run planning." })).toEqual({ ok: true, value: { status: "submitted" } });
    expect(await t.db.assessment.count({ where: { personId: "I1" } })).toBe(1);
    expect((await getSnapshot({ db: t.db, asOf })).people.get("I1")?.scores).toEqual({ mgmtScore: 75, leadScore: 25 });

    const events = await t.db.auditEvent.findMany({ where: { entity: "assessment", entityId: String(draft.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ["create", "managerd1@co.example"],
      ["update", "managerd1@co.example"],
      ["update", "managerd1@co.example"],
    ]);
    expect(events[0]!.before).toBeNull();
    expect(JSON.parse(events[2]!.before!)).toMatchObject({ status: "draft" });
    expect(JSON.parse(events[2]!.after!)).toMatchObject({ status: "submitted", notes: "Ready to run planning." });

    // A submitted assessment is not quietly turned back into a draft.
    const downgrade = await save("managerD1", "I1", false);
    expect(downgrade.ok ? "ok" : downgrade.code).toBe("conflict");
  });

  it("lists the manager's subtree without themselves, and HR's unassessed list", async () => {
    const asOf = today();
    const manager = u.managerD1!;
    const team = await findTeam(await createViewer({ db: t.db, user: manager, asOf }), ZTeamQuery.parse({ sort: "title" }));
    expect(team?.rows.map((r) => [r.employeeId, r.assessment])).toEqual([["I1", "submitted"], ["M1", null]]);
    const hr = u.hr!;
    const todo = await findTeam(await createViewer({ db: t.db, user: hr, asOf }), ZTeamQuery.parse({ sort: "title" }));
    expect(todo?.rows.map((r) => r.employeeId)).toEqual(["CEO", "D1", "D2", "M1"]);
    // HR's list is a table: searched, sorted and paged on the server.
    const found = await findTeam(await createViewer({ db: t.db, user: hr, asOf }), ZTeamQuery.parse({ q: "d", sort: "-name", pageSize: "1" }));
    expect(found).toMatchObject({ total: 2, everyone: 4, page: 1, rows: [{ employeeId: "D2" }] });
    const executive = u.executive!;
    expect(await findTeam(await createViewer({ db: t.db, user: executive, asOf }), ZTeamQuery.parse({}))).toBeNull();
  });

  it("lets HR assess anyone else, and refuses every save once no cycle is open", async () => {
    expect(await save("hr", "D2", true)).toEqual({ ok: true, value: { status: "submitted" } });
    expect(await t.db.assessment.findFirstOrThrow({ where: { personId: "D2" } })).toMatchObject({ assessorId: null, status: "submitted" });
    await t.db.cycle.updateMany({ data: { status: "closed" } });
    const before = await dumpContent(t.db);
    const closed = await save("managerD1", "M1", false);
    expect(closed.ok ? "ok" : closed.code).toBe("conflict");
    expect(await dumpContent(t.db)).toEqual(before);
  });
});
