import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createApiToken, findUserByApiToken, hashToken } from "./api-tokens";
import { createUser, findUserByCredentials } from "./users";

const providers = await providersUnderTest();

describe.each(providers)("users and tokens on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.orgUnit.create({ data: { id: "Co", name: "Co", depth: 0 } });
    await t.db.person.create({ data: { employeeId: "E1", name: "Ada Lovelace", email: "ada@co.example", title: "Director", orgUnitId: "Co", levelCode: "L4" } });
  });
  afterAll(async () => t?.drop());

  it("stores a slow salted hash, never the password, and signs in with it", async () => {
    const { user, generatedPassword } = await createUser({ db: t.db, user: { email: "HR@Co.example", role: "hr", password: "s3cret-enough" }, actorLabel: "test" });
    expect(generatedPassword).toBeNull();
    expect(user.email).toBe("hr@co.example");
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "hr@co.example" } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain("s3cret-enough");
    expect(await findUserByCredentials({ db: t.db, email: "hr@co.example", password: "s3cret-enough" })).toMatchObject({ role: "hr" });
    expect(await findUserByCredentials({ db: t.db, email: "hr@co.example", password: "wrong" })).toBeNull();
    expect(await findUserByCredentials({ db: t.db, email: "nobody@co.example", password: "s3cret-enough" })).toBeNull();
  });

  it("links a manager to a person and refuses a manager without one", async () => {
    const { user, generatedPassword } = await createUser({ db: t.db, user: { email: "ada@co.example", role: "manager", employeeId: "E1" }, actorLabel: "test" });
    expect(user).toMatchObject({ role: "manager", personId: "E1", name: "Ada Lovelace" });
    expect(generatedPassword).toHaveLength(16);
    await expect(createUser({ db: t.db, user: { email: "x@co.example", role: "manager" }, actorLabel: "test" })).rejects.toThrow(/employee-id/);
    await expect(createUser({ db: t.db, user: { email: "y@co.example", role: "manager", employeeId: "E404" }, actorLabel: "test" })).rejects.toThrow(/no person/);
    expect(await t.db.user.count({ where: { email: { in: ["x@co.example", "y@co.example"] } } })).toBe(0);
  });

  it("keeps only a token's hash and resolves the token to its user", async () => {
    const { token } = await createApiToken({ db: t.db, email: "hr@co.example", name: "cron", actorLabel: "test" });
    expect(token).toMatch(/^baton_/);
    const stored = await t.db.apiToken.findFirstOrThrow({ where: { name: "cron" } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(await findUserByApiToken({ db: t.db, token })).toMatchObject({ email: "hr@co.example", role: "hr" });
    expect(await findUserByApiToken({ db: t.db, token: `${token}x` })).toBeNull();
    await t.db.apiToken.update({ where: { id: stored.id }, data: { revokedAt: new Date() } });
    expect(await findUserByApiToken({ db: t.db, token })).toBeNull();
  });

  it("writes every user change to the audit log", async () => {
    const events = await t.db.auditEvent.findMany({ where: { entity: { in: ["user", "api_token"] } } });
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => e.after && !e.after.includes("scrypt"))).toBe(true);
  });
});
