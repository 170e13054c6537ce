import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer, type ReceivedMail } from "@/lib/testing/smtp-server";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { closeMailTransports } from "@/lib/server/infra/mail-transport";
import { deliveriesSettled, deliverOutbox, sendDigests } from "./mail-outbox";
import { findMailPreferences, updateMailPreferences } from "./mail-preferences";
import { createNomination, decideNomination } from "./nominations";
import type { Result } from "./result";
import { openCycle } from "./talent-review";

// E-mail end to end: the operations write the outbox in their transaction,
// nodemailer hands the messages to a real SMTP server in this process, and
// the test reads what arrived. The environment is set before anything reads
// it (env() is read once per process).
const smtp = await startTestSmtpServer();
const BASE = "https://baton.test";
process.env.BATON_SMTP_URL = smtp.url;
process.env.BATON_MAIL_FROM = "Baton <baton@co.example>";
process.env.BATON_BASE_URL = BASE;

const providers = await providersUnderTest();

const value = <T,>(outcome: Result<T>): T => {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
  return outcome.value;
};

afterAll(async () => {
  closeMailTransports();
  await smtp.close();
});

describe.each(providers)("e-mail notifications on %s", (provider) => {
  let t: TestDatabase;
  const u: Record<string, AppUser> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    for (const [key, role, personId] of [
      ["hr", "hr", null], ["hr2", "hr", null], ["admin", "admin", null], ["exec", "executive", null],
      ["d1", "manager", "D1"], ["d2", "manager", "D2"], ["m1", "manager", "M1"],
    ] as const) {
      const row = await t.db.user.create({ data: { email: `${key}@co.example`, name: `User ${key}`, role, personId } });
      u[key] = { id: row.id, email: row.email, name: row.name, role, personId };
    }
  });
  afterAll(async () => t?.drop());

  const as = (key: string) => createViewer({ db: t.db, user: u[key]! });
  // What arrived during `run`, after the background delivery settled.
  const arrivals = async (run: () => Promise<unknown>): Promise<ReceivedMail[]> => {
    const before = smtp.received.length;
    await run();
    await deliveriesSettled();
    return smtp.received.slice(before);
  };
  // The proposal's own mails to HR are out before the call answers.
  const nominate = async (key: string, positionId: string, candidateId: string) => {
    const entry = value(await createNomination(await as(key), { positionId, candidateId, readiness: "1_2_years", emergency: false, rationale: "Ran the Q3 launch" }));
    await deliveriesSettled();
    return entry;
  };
  const decide = async (id: number, version: number, decision: "approve" | "decline", reason?: string) =>
    decideNomination(await as("hr"), { id, version, decision, reason });
  const prefer = async (key: string, choice: Partial<{ decisions: boolean; proposals: boolean; assessmentsDue: boolean; digest: boolean }>) =>
    value(await updateMailPreferences(await as(key), { decisions: true, proposals: true, assessmentsDue: true, digest: false, ...choice }));

  it("tells HR a proposal waits, and the nominator what HR decided, each with the link to its page", async () => {
    let id = 0;
    let version = 0;
    const proposals = await arrivals(async () => ({ id, version } = await nominate("m1", "V-BUILD", "I1")));
    expect(proposals.map((m) => m.to).flat().sort()).toEqual(["admin@co.example", "hr2@co.example", "hr@co.example"]);
    const proposal = proposals[0]!;
    expect(proposal.subject).toBe("Nomination to decide: Name I1 for Seat V-BUILD");
    expect(proposal.from).toBe("baton@co.example");
    expect(proposal.text).toContain("User m1 proposed Name I1 (I1) as a successor for Seat V-BUILD (V-BUILD), ready in 1–2 years.");
    expect(proposal.text).toContain(`${BASE}/nominations`);
    // The rationale stays in Baton.
    expect(proposal.text).not.toContain("Ran the Q3 launch");

    const decided = await arrivals(() => decide(id, version, "approve"));
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ to: ["m1@co.example"], subject: "Nomination approved: Name I1 for Seat V-BUILD" });
    expect(decided[0]!.text).toContain(`${BASE}/positions/V-BUILD`);
    expect(decided[0]!.html).toContain(`href="${BASE}/positions/V-BUILD"`);
    expect(await t.db.mailOutbox.count({ where: { status: "pending" } })).toBe(0);
  });

  it("keeps HR's reason out of a decline's mail: the nominator reads it behind sign-in", async () => {
    const entry = await nominate("d2", "V-SELL", "I2");
    const mails = await arrivals(() => decide(entry.id, entry.version, "decline", "Needs a year leading a team first"));
    const mine = mails.filter((m) => m.to.includes("d2@co.example"));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe("Nomination declined: Name I2 for Seat V-SELL");
    expect(mine[0]!.text + mine[0]!.html).not.toContain("Needs a year");
    expect(mine[0]!.text).toContain(`${BASE}/positions/V-SELL`);
  });

  it("sends nothing of a kind a user turned off, and keeps their in-app notice", async () => {
    // A manager is never offered proposals: a forged "off" keeps the stored choice.
    await prefer("d1", { decisions: false, proposals: false });
    expect((await findMailPreferences(await as("d1"))).preferences).toEqual({ decisions: false, proposals: true, assessmentsDue: true, digest: false });
    expect(await t.db.auditEvent.count({ where: { entity: "mail_preference", entityId: String(u.d1!.id) } })).toBe(1);
    expect(await updateMailPreferences(await as("d1"), { decisions: false, proposals: true, assessmentsDue: true, digest: false })).toEqual({ ok: true, value: { changed: false } });
    await prefer("hr2", { proposals: false });
    let entry = { id: 0, version: 0 };
    const proposals = await arrivals(async () => (entry = await nominate("d1", "V-BUILD", "M1")));
    expect(proposals.flatMap((m) => m.to).sort()).toEqual(["admin@co.example", "hr@co.example"]);
    const decided = await arrivals(() => decide(entry.id, entry.version, "approve"));
    expect(decided).toEqual([]);
    expect(await t.db.notification.count({ where: { userId: u.d1!.id, message: { contains: "Name M1" } } })).toBe(1);
    await prefer("d1", {});
    await prefer("hr2", {});
  });

  it("gathers a digest user's items into one message, with a reminder while their team is due", async () => {
    await prefer("d2", { digest: true });
    const cycle = await arrivals(async () => value(await openCycle(await as("hr"), { name: "2027 H1", cycleDate: "2027-01-15" })));
    // D1 (M1 reports), M1 (I1) and D2 (I2) have people to assess; D2 waits for the digest.
    expect(cycle.flatMap((m) => m.to).sort()).toEqual(["d1@co.example", "m1@co.example"]);
    const d1 = cycle.find((m) => m.to.includes("d1@co.example"))!;
    expect(d1.subject).toBe("Talent review 2027 H1: 1 person in your team to assess");
    expect(d1.text).toContain(`${BASE}/team`);

    const first = await nominate("d2", "V-SELL", "I2");
    const during = await arrivals(() => decide(first.id, first.version, "approve"));
    expect(during.filter((m) => m.to.includes("d2@co.example"))).toEqual([]);
    const second = await nominate("d2", "P-D2", "I2");
    await arrivals(() => decide(second.id, second.version, "decline", "Not yet"));

    const digests = await arrivals(() => sendDigests(t.db));
    expect(digests.map((m) => m.to)).toEqual([["d2@co.example"]]);
    const digest = digests[0]!;
    expect(digest.subject).toBe("Baton: 3 updates for you");
    expect(digest.text).toContain("HR approved your nomination of Name I2 (I2) for Seat V-SELL (V-SELL).");
    expect(digest.text).toContain("HR declined your nomination of Name I2 (I2) for Seat P-D2 (P-D2).");
    expect(digest.text).toContain("Talent review 2027 H1: 1 person reporting to you still to assess.");
    expect(digest.text).toContain(`${BASE}/positions/V-SELL`);
    expect(digest.text).toContain(`${BASE}/positions/P-D2`);
    expect(digest.text).not.toContain("Not yet");

    // Sent items are not sent again; the reminder comes back while I2 is due.
    const next = await arrivals(() => sendDigests(t.db));
    expect(next.map((m) => m.subject)).toEqual(["Baton: Talent review 2027 H1: 1 person reporting to you still to assess."]);
    await prefer("d2", {});
  });

  it("keeps the decision and the message when the mail server refuses, and delivers it on a later run", async () => {
    const entry = await nominate("m1", "V-BUILD", "I1");
    smtp.failing = true;
    let outcome: Result<unknown> | undefined;
    const refused = await arrivals(async () => (outcome = await decide(entry.id, entry.version, "approve")));
    expect(refused).toEqual([]);
    expect(outcome?.ok).toBe(true);
    expect((await t.db.nomination.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("approved");
    const queued = await t.db.mailOutbox.findMany({ where: { status: "pending", userId: u.m1!.id } });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: "decision", attempts: 1 });
    expect(queued[0]!.lastError).toContain("Mailbox unavailable");

    // Not before its retry time; then once, to the right person.
    smtp.failing = false;
    expect(await deliverOutbox(t.db)).toMatchObject({ sent: 0 });
    const later = new Date(Date.now() + 10 * 60_000);
    const retried = await arrivals(() => deliverOutbox(t.db, { now: later }));
    expect(retried.map((m) => [m.to, m.subject])).toEqual([[["m1@co.example"], "Nomination approved: Name I1 for Seat V-BUILD"]]);
    expect(await deliverOutbox(t.db, { now: later })).toEqual({ sent: 0, failed: 0, skipped: 0 });
  });

  it("drops a queued message of a user deactivated before it went out", async () => {
    const entry = await nominate("m1", "V-BUILD", "I1");
    smtp.failing = true;
    await arrivals(() => decide(entry.id, entry.version, "decline", "Other plans"));
    smtp.failing = false;
    await t.db.user.update({ where: { id: u.m1!.id }, data: { active: false } });
    const later = new Date(Date.now() + 10 * 60_000);
    expect(await arrivals(() => deliverOutbox(t.db, { now: later }))).toEqual([]);
    expect(await t.db.mailOutbox.count({ where: { userId: u.m1!.id, status: "skipped" } })).toBe(1);
    await t.db.user.update({ where: { id: u.m1!.id }, data: { active: true } });
  });
});
