import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createApiToken, findUserByApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { createUser } from "./users";
import { countLiveSessions, endAllSessions, endSession, resumeSession, startSession } from "./sessions";
import { recordFailedSignIn, recordSuccessfulSignIn, throttleStatus, unlockSignIn } from "./sign-in-throttle";
import { accountKey } from "./throttle-policy";

const providers = await providersUnderTest();

describe.each(providers)("sessions, throttling and tokens on %s", (provider) => {
  let t: TestDatabase;
  let userId: number;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    ({ user: { id: userId } } = await createUser({ db: t.db, user: { email: "hr@co.example", role: "hr", password: "a long enough passphrase" }, actorLabel: "test" }));
  });
  afterAll(async () => t?.drop());

  it("refuses weak passwords in createUser, the demo seed excepted", async () => {
    for (const password of ["password", "11111111", "password1234", "weak@co.example"]) {
      await expect(createUser({ db: t.db, user: { email: "weak@co.example", role: "hr", password }, actorLabel: "test" }), password).rejects.toThrow(/^password: /);
    }
    expect(await t.db.user.count({ where: { email: "weak@co.example" } })).toBe(0);
    await createUser({ db: t.db, user: { email: "demo@co.example", role: "hr", password: "baton-demo" }, actorLabel: "seed", demoPassword: true });
  });

  it("ends one session on sign-out, every session on a change to the user, and an idle or old one by itself", async () => {
    const [a, b] = [await startSession({ db: t.db, userId }), await startSession({ db: t.db, userId })];
    expect(await resumeSession({ db: t.db, sessionId: a })).toBe(userId);
    expect(await resumeSession({ db: t.db, sessionId: "made-up" })).toBeNull();
    await endSession({ db: t.db, sessionId: a });
    expect(await resumeSession({ db: t.db, sessionId: a })).toBeNull();
    expect(await resumeSession({ db: t.db, sessionId: b })).toBe(userId);
    // Saving the user again (a new role or password) ends the rest.
    await createUser({ db: t.db, user: { email: "hr@co.example", role: "admin", password: "another long passphrase" }, actorLabel: "test" });
    expect(await resumeSession({ db: t.db, sessionId: b })).toBeNull();
    const c = await startSession({ db: t.db, userId });
    expect(await resumeSession({ db: t.db, sessionId: c, now: new Date(Date.now() + 61 * 60_000) })).toBeNull();
    expect(await resumeSession({ db: t.db, sessionId: c, now: new Date(Date.now() + 13 * 3_600_000) })).toBeNull();
    expect(await countLiveSessions({ db: t.db, userId })).toBe(1);
    expect(await endAllSessions({ db: t.db, userId })).toBe(1);
    expect(await countLiveSessions({ db: t.db, userId })).toBe(0);
  });

  it("counts failures per account and address in the database, locks, and unlocks", async () => {
    const who = { db: t.db, email: "Target@co.example", address: "10.1.2.3" };
    for (let i = 0; i < 5; i++) await recordFailedSignIn(who);
    expect(await throttleStatus(who)).toEqual({ locked: false });
    await Promise.all([recordFailedSignIn(who), recordFailedSignIn(who)]);
    const row = await t.db.signInThrottle.findUniqueOrThrow({ where: { key: accountKey("target@co.example") } });
    expect(row.failures).toBe(7);
    const status = await throttleStatus(who);
    expect(status.locked && status.retryAfterMs).toBeGreaterThan(0);
    // The lock holds for the same account from another address.
    expect((await throttleStatus({ ...who, address: "10.9.9.9" })).locked).toBe(true);
    expect(await unlockSignIn({ db: t.db, key: accountKey("target@co.example") })).toBe(true);
    expect(await throttleStatus(who)).toEqual({ locked: false });
    await recordFailedSignIn(who);
    await recordSuccessfulSignIn(who);
    expect(await t.db.signInThrottle.count({ where: { key: accountKey(who.email) } })).toBe(0);
  });

  it("gives tokens a 90-day expiry by default, records their use, and refuses revoked and expired ones at once", async () => {
    const { token, id, expiresAt } = await createApiToken({ db: t.db, email: "hr@co.example", name: "nightly", actorLabel: "test" });
    expect(Math.round((expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(90);
    const forever = await createApiToken({ db: t.db, email: "hr@co.example", name: "forever", actorLabel: "test", expiresInDays: null });
    expect(forever.expiresAt).toBeNull();
    await expect(createApiToken({ db: t.db, email: "hr@co.example", name: "x", actorLabel: "test", expiresInDays: 0 })).rejects.toThrow(/1 to/);

    expect(await findUserByApiToken({ db: t.db, token })).toMatchObject({ email: "hr@co.example" });
    const listed = await listApiTokens({ db: t.db, email: "hr@co.example" });
    expect(listed.map((r) => r.name)).toEqual(["nightly", "forever"]);
    expect(listed[0]!.lastUsedAt).not.toBeNull();

    await revokeApiToken({ db: t.db, id, actorLabel: "test" });
    expect(await findUserByApiToken({ db: t.db, token })).toBeNull();
    await expect(revokeApiToken({ db: t.db, id, actorLabel: "test" })).rejects.toThrow(/already revoked/);
    await t.db.apiToken.update({ where: { id: forever.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findUserByApiToken({ db: t.db, token: forever.token })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { entity: "api_token", action: "revoke" } })).toBe(1);
  });
});
