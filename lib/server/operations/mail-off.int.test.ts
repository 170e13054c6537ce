import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { deliveriesSettled, deliverOutbox, findMailStatus, sendDigests } from "./mail-outbox";
import { findMailPreferences } from "./mail-preferences";
import { createNomination, decideNomination } from "./nominations";
import { openCycle } from "./talent-review";

// Without BATON_SMTP_URL Baton keeps its in-app notices and queues no mail.
for (const key of ["BATON_SMTP_URL", "BATON_MAIL_FROM", "BATON_BASE_URL"]) delete process.env[key];

const providers = await providersUnderTest();

describe.each(providers)("without e-mail configured, on %s", (provider) => {
  let t: TestDatabase;
  const u: Record<string, AppUser> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    for (const [key, role, personId] of [["hr", "hr", null], ["hr2", "hr", null], ["m1", "manager", "M1"]] as const) {
      const row = await t.db.user.create({ data: { email: `${key}@co.example`, role, personId } });
      u[key] = { id: row.id, email: row.email, name: null, role, personId };
    }
  });
  afterAll(async () => t?.drop());

  it("keeps the nominator's notice, writes no outbox row, and says so to HR and on the account page", async () => {
    const m1 = await createViewer({ db: t.db, user: u.m1! });
    const hr = await createViewer({ db: t.db, user: u.hr! });
    const entry = await createNomination(m1, { positionId: "V-BUILD", candidateId: "I1", readiness: "ready_now", emergency: false });
    if (!entry.ok) throw new Error(entry.message);
    expect((await decideNomination(hr, { id: entry.value.id, version: entry.value.version, decision: "approve" })).ok).toBe(true);
    // Opening a cycle is HR's: a manager gets the answer of a page that does not exist, and nothing is written.
    expect(await openCycle(m1, { name: "2027 H0", cycleDate: "2027-01-01" })).toMatchObject({ ok: false, code: "not_found" });
    expect((await openCycle(hr, { name: "2027 H1", cycleDate: "2027-01-15" })).ok).toBe(true);
    expect(await openCycle(hr, { name: "2027 H1", cycleDate: "2027-02-01" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await openCycle(hr, { name: "", cycleDate: "2027-02-30" })).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { name: expect.any(String), cycleDate: expect.any(String) } });
    expect((await t.db.cycle.findMany({ select: { name: true } })).map((c) => c.name)).toEqual(["2027 H1"]);
    await deliveriesSettled();
    expect(await t.db.notification.count({ where: { userId: u.m1!.id } })).toBe(1);
    expect(await t.db.mailOutbox.count()).toBe(0);
    expect(await deliverOutbox(t.db)).toEqual({ sent: 0, failed: 0, skipped: 0 });
    expect(await sendDigests(t.db)).toEqual({ sent: 0, failed: 0, skipped: 0 });
    expect(await findMailStatus(hr)).toEqual({ server: null, outbox: { waiting: 0, failing: 0, lastError: null } });
    expect(await findMailStatus(m1)).toBeNull();
    expect((await findMailPreferences(m1)).mailConfigured).toBe(false);
  });
});
