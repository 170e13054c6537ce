import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import { proposeDevelopmentAction } from "./development-actions";
import type { AppUser } from "@/lib/server/auth/users";

const providers = await providersUnderTest();

const users: Record<"hr" | "executive" | "d1" | "d2", AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: null },
  d1: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
  d2: { id: 4, email: "d2@co.example", name: null, role: "manager", personId: "D2" },
};

const action = { kind: "stretch_assignment", goal: "lead", description: "Lead the Q3 reorganisation", dueDate: "2027-06-30" };

describe.each(providers)("development actions on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    // The actions record who proposed them, so the users must exist (ids 1–4).
    for (const user of Object.values(users)) {
      await t.db.user.create({ data: { email: user.email, role: user.role, personId: user.personId } });
    }
  });
  afterAll(async () => t?.drop());

  const propose = async (user: AppUser, employeeId: string, values: Record<string, string> = action) =>
    proposeDevelopmentAction(await createViewer({ db: t.db, user }), { employeeId, values });

  it("lets a manager plan for someone in their reporting line, with an audit event", async () => {
    const outcome = await propose(users.d1, "I1");
    expect(outcome.ok).toBe(true);
    const saved = await t.db.developmentAction.findMany({ where: { personId: "I1" } });
    expect(saved).toMatchObject([{ kind: "stretch_assignment", goal: "lead", dueDate: "2027-06-30", status: "planned", proposedById: 3 }]);
    expect(await t.db.auditEvent.count({ where: { entity: "development_action", entityId: String(saved[0]!.id) } })).toBe(1);
  });

  it("refuses, and writes nothing for, people outside the line, oneself and executives", async () => {
    const before = await dumpContent(t.db);
    expect(await propose(users.d1, "I2")).toMatchObject({ ok: false, code: "not_found" });
    expect(await propose(users.d1, "D1")).toMatchObject({ ok: false, code: "not_found" });
    expect(await propose(users.executive, "I1")).toMatchObject({ ok: false, code: "not_found" });
    expect(await propose(users.d2, "M1")).toMatchObject({ ok: false, code: "not_found" });
    expect(await dumpContent(t.db)).toEqual(before);
  });

  it("explains bad input per field", async () => {
    const outcome = await propose(users.hr, "D2", { kind: "sabbatical", goal: "lead", dueDate: "2027-02-30" });
    expect(outcome).toMatchObject({ ok: false, code: "bad_request" });
    if (!outcome.ok) expect(Object.keys(outcome.fieldErrors ?? {}).sort()).toEqual(["dueDate", "kind"]);
    expect(await t.db.developmentAction.count({ where: { personId: "D2" } })).toBe(0);
  });
});
