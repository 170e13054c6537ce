import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "@/lib/domain/types";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { findSettings, updateSettings } from "./settings";
import type { AppUser } from "@/lib/server/auth/users";
import { createViewer } from "@/lib/server/access/viewer";

const providers = await providersUnderTest();

describe.each(providers)("settings on %s", (provider) => {
  let t: TestDatabase;
  const users: Record<string, AppUser> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    for (const role of ["admin", "hr", "manager", "executive"] as const) {
      const row = await t.db.user.create({ data: { email: `${role}@co.example`, role } });
      users[role] = { id: row.id, email: row.email, name: null, role, personId: null };
    }
  });
  afterAll(async () => t?.drop());

  const as = (role: string) => users[role]!;
  const levelNames = async () => Object.fromEntries((await t.db.level.findMany()).map((l) => [l.code, l.name]));

  it("saves thresholds and level names with one audit event holding before and after", async () => {
    const names = { ...(await levelNames()), L4: "Director" };
    const settings = { ...DEFAULT_SETTINGS, readyScoreMin: 70, ageRuleEnabled: true };
    const outcome = await updateSettings(await createViewer({ db: t.db, user: as("hr") }), { settings, levelNames: names });
    expect(outcome).toMatchObject({ ok: true, value: { changed: true } });

    const view = await findSettings(await createViewer({ db: t.db, user: as("admin") }));
    expect(view?.settings).toEqual(settings);
    expect(view?.levels.find((l) => l.code === "L4")).toMatchObject({ name: "Director", kind: "leadership", rank: 4 });
    const events = await t.db.auditEvent.findMany({ where: { entity: "setting" } });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ action: "update", actorLabel: "hr@co.example", actorUserId: as("hr").id });
    expect(JSON.parse(event!.before!)).toMatchObject({ readyScoreMin: 60, ageRuleEnabled: false });
    expect(JSON.parse(event!.after!)).toMatchObject({ readyScoreMin: 70, ageRuleEnabled: true, levels: { L4: "Director" } });

    // Saving the same values again writes nothing, audit log included.
    const before = await dumpContent(t.db);
    expect(await updateSettings(await createViewer({ db: t.db, user: as("admin") }), { settings, levelNames: names })).toMatchObject({ ok: true, value: { changed: false } });
    expect(await dumpContent(t.db)).toEqual(before);
  });

  it("rejects invalid values field by field and writes nothing", async () => {
    const before = await dumpContent(t.db);
    const outcome = await updateSettings(await createViewer({ db: t.db, user: as("hr") }), {
      settings: { ...DEFAULT_SETTINGS, retirementHorizonMonths: 0, pipelinePotentialMin: 2.5, retirementAge: undefined }, levelNames: { L1: " ", L9: "Nope" },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.code !== "bad_request") throw new Error("expected bad_request");
    expect(outcome.fieldErrors).toMatchObject({
      retirementHorizonMonths: "Must be at least 1",
      pipelinePotentialMin: "Enter a whole number",
      retirementAge: "Enter a number",
      "level.L1": "Give the rung a name",
    });
    // An unknown rung is refused once the values themselves are valid.
    const unknown = await updateSettings(await createViewer({ db: t.db, user: as("hr") }), { settings: DEFAULT_SETTINGS, levelNames: { L9: "Nope" } });
    expect(unknown).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { "level.L9": "No such level" } });
    expect(await dumpContent(t.db)).toEqual(before);
  });

  it.each(["manager", "executive"])("answers not found to a %s, reading or writing", async (role) => {
    const before = await dumpContent(t.db);
    expect(await findSettings(await createViewer({ db: t.db, user: as(role) }))).toBeNull();
    const outcome = await updateSettings(await createViewer({ db: t.db, user: as(role) }), { settings: { ...DEFAULT_SETTINGS, readyScoreMin: 10 }, levelNames: {} });
    expect(outcome).toEqual({ ok: false, code: "not_found", message: "not found" });
    expect(await dumpContent(t.db)).toEqual(before);
  });
});
