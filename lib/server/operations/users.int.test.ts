import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import { findUserByApiToken } from "@/lib/server/auth/api-tokens";
import { resumeSession, startSession } from "@/lib/server/auth/sessions";
import { recordFailedSignIn, throttleStatus } from "@/lib/server/auth/sign-in-throttle";
import { createUser, findUserByCredentials, type AppUser } from "@/lib/server/auth/users";
import { findUserAccount, findUserAccounts } from "@/lib/server/views/users";
import { createUserToken, revokeUserToken } from "./api-tokens";
import { addUser, changeUserAccess, resetUserPassword, setUserActive, signOutEverywhere, unlockUserSignIn } from "./users";

const providers = await providersUnderTest();
const PASSWORD = "a long enough passphrase";
const LIST = { sort: "email", page: 1, pageSize: 50 };

describe.each(providers)("user administration on %s", (provider) => {
  let t: TestDatabase;
  const users: Record<string, AppUser> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.orgUnit.create({ data: { id: "Co", name: "Co", depth: 0 } });
    for (const id of ["E1", "E2"]) {
      await t.db.person.create({ data: { employeeId: id, name: `Person ${id}`, email: `${id}@co.example`, title: "Director", orgUnitId: "Co", levelCode: "L4" } });
    }
    for (const role of ["admin", "hr", "manager", "executive"] as const) {
      const { user } = await createUser({ db: t.db, user: { email: `${role}@co.example`, role, password: PASSWORD, employeeId: role === "manager" ? "E1" : undefined }, actorLabel: "test" });
      users[role] = user;
    }
  });
  afterAll(async () => t?.drop());

  const as = (role: string) => createViewer({ db: t.db, user: users[role]! });
  const idOf = async (email: string) => (await t.db.user.findUniqueOrThrow({ where: { email } })).id;

  it("answers HR, managers and executives 'not found' for every read and write, and writes nothing", async () => {
    const target = users.manager!.id;
    const before = await dumpContent(t.db);
    for (const role of ["hr", "manager", "executive"]) {
      const viewer = await as(role);
      expect(await findUserAccounts(viewer, LIST)).toBeNull();
      expect(await findUserAccount(viewer, target)).toBeNull();
      const outcomes = [
        await addUser(viewer, { email: "new@co.example", role: "admin", password: undefined, name: undefined, personId: undefined }),
        await changeUserAccess(viewer, { userId: users[role]!.id, role: "admin", personId: undefined }),
        await setUserActive(viewer, { userId: target, active: false }),
        await resetUserPassword(viewer, { userId: target }),
        await signOutEverywhere(viewer, { userId: target }),
        await createUserToken(viewer, { userId: target, name: "x", expires: 90 }),
        await revokeUserToken(viewer, { userId: target, tokenId: 1 }),
        await unlockUserSignIn(viewer, { userId: target }),
      ];
      for (const outcome of outcomes) expect(outcome, role).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await dumpContent(t.db)).toEqual(before);
  });

  it("lists every account with its person, last sign-in and live sessions", async () => {
    await startSession({ db: t.db, userId: users.manager!.id });
    const page = await findUserAccounts(await as("admin"), { ...LIST, sort: "-sessions" });
    expect(page?.total).toBe(4);
    expect(page?.rows[0]).toMatchObject({ email: "manager@co.example", personId: "E1", personName: "Person E1", liveSessions: 1, active: true });
    expect(page?.rows[0]?.lastSignInAt).toBeInstanceOf(Date);
    expect(page?.rows.find((r) => r.email === "hr@co.example")).toMatchObject({ lastSignInAt: null, liveSessions: 0 });
  });

  it("adds a user with a generated password that signs in, and refuses weak passwords, duplicates and managers without a person", async () => {
    const admin = await as("admin");
    const added = await addUser(admin, { email: "new.manager@co.example", role: "manager", personId: "E2", password: undefined, name: undefined });
    expect(added).toMatchObject({ ok: true, value: { user: { role: "manager", personId: "E2", name: "Person E2" } } });
    const generated = added.ok ? added.value.generatedPassword! : "";
    expect(await findUserByCredentials({ db: t.db, email: "new.manager@co.example", password: generated })).toMatchObject({ role: "manager" });

    const before = await dumpContent(t.db);
    const base = { email: "other@co.example", role: "hr" as const, name: undefined, personId: undefined };
    for (const password of ["password1234", "11111111", "other@co.example!"]) {
      expect(await addUser(admin, { ...base, password }), password).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { password: expect.any(String) } });
    }
    expect(await addUser(admin, { ...base, email: "new.manager@co.example", password: PASSWORD })).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: expect.any(String) } });
    expect(await addUser(admin, { ...base, role: "manager", password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { personId: expect.any(String) } });
    expect(await addUser(admin, { ...base, role: "manager", personId: "E404", password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { personId: expect.stringContaining("E404") } });
    // Every problem at once, not one per try.
    const all = await addUser(admin, { ...base, email: "new.manager@co.example", role: "manager", password: "password1234" });
    expect(all.ok ? {} : Object.keys(all.fieldErrors ?? {}).sort()).toEqual(["email", "password", "personId"]);
    expect(await dumpContent(t.db)).toEqual(before);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entity: "user", action: "create", entityId: String(await idOf("new.manager@co.example")) } });
    expect(event).toMatchObject({ actorUserId: users.admin!.id, actorLabel: "admin@co.example" });
    expect(event.after).not.toContain("scrypt");
  });

  it("changes a role or a manager link and ends that user's sessions; an unchanged form ends nothing", async () => {
    const admin = await as("admin");
    const userId = await idOf("new.manager@co.example");
    const session = await startSession({ db: t.db, userId });
    expect(await changeUserAccess(admin, { userId, role: "manager", personId: "E2" })).toMatchObject({ ok: true, value: { sessionsEnded: 0 } });
    expect(await resumeSession({ db: t.db, sessionId: session })).toBe(userId);
    expect(await changeUserAccess(admin, { userId, role: "manager", personId: "E1" })).toMatchObject({ ok: true, value: { sessionsEnded: 1, user: { personId: "E1" } } });
    expect(await resumeSession({ db: t.db, sessionId: session })).toBeNull();
    expect(await changeUserAccess(admin, { userId, role: "manager", personId: undefined })).toMatchObject({ ok: false, fieldErrors: { personId: expect.any(String) } });
    const second = await startSession({ db: t.db, userId });
    expect(await changeUserAccess(admin, { userId, role: "executive", personId: undefined })).toMatchObject({ ok: true, value: { user: { role: "executive", personId: null } } });
    expect(await resumeSession({ db: t.db, sessionId: second })).toBeNull();
  });

  it("deactivates and reactivates, ending sessions and refusing sign-in and tokens while inactive", async () => {
    const admin = await as("admin");
    const userId = users.manager!.id;
    const created = await createUserToken(admin, { userId, name: "cron", expires: 30 });
    const token = created.ok ? created.value.token : "";
    const session = await startSession({ db: t.db, userId });
    expect(await setUserActive(admin, { userId, active: false })).toMatchObject({ ok: true, value: { sessionsEnded: 2, user: { active: false } } });
    expect(await resumeSession({ db: t.db, sessionId: session })).toBeNull();
    expect(await findUserByCredentials({ db: t.db, email: "manager@co.example", password: PASSWORD })).toBeNull();
    expect(await findUserByApiToken({ db: t.db, token })).toBeNull();
    expect(await createUserToken(admin, { userId, name: "again", expires: 30 })).toMatchObject({ ok: false, code: "conflict" });
    expect(await setUserActive(admin, { userId, active: true })).toMatchObject({ ok: true, value: { user: { active: true } } });
    expect(await findUserByApiToken({ db: t.db, token })).toMatchObject({ email: "manager@co.example" });
    expect(await t.db.auditEvent.count({ where: { entity: "user", entityId: String(userId), action: { in: ["deactivate", "reactivate"] } } })).toBe(2);
  });

  it("never lets the last active administrator be demoted or deactivated", async () => {
    const admin = await as("admin");
    const self = users.admin!.id;
    const before = await dumpContent(t.db);
    expect(await changeUserAccess(admin, { userId: self, role: "hr", personId: undefined })).toMatchObject({ ok: false, code: "conflict" });
    expect(await setUserActive(admin, { userId: self, active: false })).toMatchObject({ ok: false, code: "conflict" });
    expect(await dumpContent(t.db)).toEqual(before);
    expect((await findUserAccount(admin, self))?.lastAdmin).toBe(true);
    // With a second administrator, the first may step down.
    await changeUserAccess(admin, { userId: users.hr!.id, role: "admin", personId: undefined });
    expect((await findUserAccount(admin, self))?.lastAdmin).toBe(false);
    expect(await setUserActive(admin, { userId: users.hr!.id, active: false })).toMatchObject({ ok: true });
    expect(await changeUserAccess(admin, { userId: self, role: "hr", personId: undefined })).toMatchObject({ ok: false, code: "conflict" });
    await setUserActive(admin, { userId: users.hr!.id, active: true });
    await changeUserAccess(admin, { userId: users.hr!.id, role: "hr", personId: undefined });
  });

  it("resets a password under the policy, ends sessions and forgets failed sign-ins; unlocks; signs a user out everywhere", async () => {
    const admin = await as("admin");
    const { id: userId, email } = users.executive!;
    expect(await resetUserPassword(admin, { userId, password: "executive" })).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    const session = await startSession({ db: t.db, userId });
    for (let i = 0; i < 7; i++) await recordFailedSignIn({ db: t.db, email, address: "10.0.0.1" });
    expect((await throttleStatus({ db: t.db, email, address: "10.0.0.2" })).locked).toBe(true);
    expect(await resetUserPassword(admin, { userId, password: "correct horse battery staple" })).toMatchObject({ ok: true, value: { sessionsEnded: 1, generatedPassword: null } });
    expect(await resumeSession({ db: t.db, sessionId: session })).toBeNull();
    expect((await throttleStatus({ db: t.db, email, address: "10.0.0.2" })).locked).toBe(false);
    expect(await findUserByCredentials({ db: t.db, email, password: "correct horse battery staple" })).toMatchObject({ id: userId });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "reset_password", entityId: String(userId) } });
    expect(event.after).not.toContain("horse");

    for (let i = 0; i < 7; i++) await recordFailedSignIn({ db: t.db, email, address: "10.0.0.3" });
    expect((await findUserAccount(admin, userId))?.signInThrottle).toMatchObject({ failures: 7, lockedUntil: expect.any(Date) });
    expect(await unlockUserSignIn(admin, { userId })).toMatchObject({ ok: true, value: { unlocked: true } });
    expect((await throttleStatus({ db: t.db, email, address: "10.0.0.4" })).locked).toBe(false);
    expect((await findUserAccount(admin, userId))?.signInThrottle).toBeNull();
    expect(await unlockUserSignIn(admin, { userId })).toMatchObject({ ok: true, value: { unlocked: false } });
    expect(await t.db.auditEvent.count({ where: { action: "unlock", entityId: String(userId) } })).toBe(1);

    const [a, b] = [await startSession({ db: t.db, userId }), await startSession({ db: t.db, userId })];
    expect(await signOutEverywhere(admin, { userId })).toMatchObject({ ok: true, value: { sessionsEnded: 2 } });
    expect([await resumeSession({ db: t.db, sessionId: a }), await resumeSession({ db: t.db, sessionId: b })]).toEqual([null, null]);
  });

  it("creates a token for any user, shown once, and revokes it only through its own user", async () => {
    const admin = await as("admin");
    const userId = users.hr!.id;
    const created = await createUserToken(admin, { userId, name: "nightly export", expires: null });
    expect(created).toMatchObject({ ok: true, value: { expiresAt: null, token: expect.stringMatching(/^baton_/) } });
    if (!created.ok) return;
    expect(await findUserByApiToken({ db: t.db, token: created.value.token })).toMatchObject({ email: "hr@co.example" });
    const detail = await findUserAccount(admin, userId);
    expect(detail?.tokens.map((tk) => tk.name)).toEqual(["nightly export"]);
    expect(JSON.stringify(detail)).not.toContain(created.value.token);
    expect(await revokeUserToken(admin, { userId: users.manager!.id, tokenId: created.value.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await revokeUserToken(admin, { userId, tokenId: created.value.id })).toMatchObject({ ok: true });
    expect((await findUserAccount(admin, userId))?.tokens[0]?.status).toBe("revoked");
    expect(await findUserByApiToken({ db: t.db, token: created.value.token })).toBeNull();
    expect(await revokeUserToken(admin, { userId, tokenId: created.value.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await t.db.auditEvent.count({ where: { entity: "api_token", actorUserId: users.admin!.id } })).toBe(3);
  });
});
