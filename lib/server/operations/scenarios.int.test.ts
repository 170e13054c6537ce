import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createViewer } from "@/lib/server/access/viewer";
import { findScenarioPage } from "@/lib/server/views/scenario-page";
import { seedSmallOrganization, SMALL_ORG_USERS } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { deleteScenario, findSavedScenarios, saveScenario } from "./scenarios";
import { bumpDataVersion } from "@/lib/server/state/data-version";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

const users = SMALL_ORG_USERS;

describe.each(providers)("saved scenarios on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    await t.db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", status: "approved" } });
  });
  afterAll(async () => t?.drop());

  const as = (who: keyof typeof users) => createViewer({ db: t.db, user: users[who], today: AS_OF });
  const audits = () => t.db.auditEvent.findMany({ where: { entity: "scenario" }, orderBy: { id: "asc" } });

  it("HR saves the inputs by name, audited; saving the name again replaces them", async () => {
    const first = await saveScenario(await as("hr"), { name: "CEO leaves", leavers: ["CEO", "CEO"] });
    expect(first).toMatchObject({ ok: true, value: { name: "CEO leaves", leavers: ["CEO"], retireBy: null } });
    const again = await saveScenario(await as("admin"), { name: "CEO leaves", leavers: ["CEO", "D2"], retireBy: "2030-12-31" });
    expect(again).toMatchObject({ ok: true, value: { leavers: ["CEO", "D2"], retireBy: "2030-12-31" } });
    if (first.ok && again.ok) expect(again.value.id).toBe(first.value.id);
    expect((await audits()).map((a) => [a.action, a.actorLabel])).toEqual([["create", "hr@co.example"], ["update", "admin@co.example"]]);
  });

  it("refuses executives (forbidden) and managers (not found), and bad input, writing nothing", async () => {
    const before = await t.db.savedScenario.count();
    expect(await saveScenario(await as("executive"), { name: "x", leavers: ["CEO"] })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveScenario(await as("manager"), { name: "x", leavers: ["CEO"] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveScenario(await as("hr"), { name: " ", leavers: ["CEO"] })).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { name: expect.any(String) } });
    expect(await saveScenario(await as("hr"), { name: "nobody", leavers: [] })).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { leavers: expect.any(String) } });
    const unknown = await saveScenario(await as("hr"), { name: "ghost", leavers: ["E404"] });
    expect(unknown).toMatchObject({ ok: false, code: "bad_request" });
    if (!unknown.ok) expect(unknown.message).toContain("E404");
    expect(await t.db.savedScenario.count()).toBe(before);
  });

  it("executives list and open saved scenarios, recomputed on the data as it is when opened; managers do not", async () => {
    const saved = await saveScenario(await as("hr"), { name: "D1 leaves", leavers: ["D1"] });
    if (!saved.ok) throw new Error(saved.message);
    expect((await findSavedScenarios(await as("executive")))?.map((s) => s.name)).toEqual(["CEO leaves", "D1 leaves"]);
    expect(await findSavedScenarios(await as("manager"))).toBeNull();

    const open = async () => (await findScenarioPage(await as("executive"), { leavers: [], saved: saved.value.id }))!;
    const before = await open();
    expect(before.saved?.name).toBe("D1 leaves");
    expect(before.outcome?.moveCount).toBe(0);
    // The data moves on: M1 becomes ready now for D1's seat, and the saved scenario follows.
    await t.db.nomination.create({ data: { positionId: "P-D1", candidateId: "M1", readiness: "ready_now", status: "approved" } });
    // Written behind Baton's back: move the data version as every write does.
    await t.db.$transaction((tx) => bumpDataVersion(tx, { entity: "import", entityId: "test nomination" }));
    const after = await open();
    expect(after.outcome?.chains[0]?.mover?.person.employeeId).toBe("M1");
    expect(await findScenarioPage(await as("manager"), { leavers: [], saved: saved.value.id })).toBeNull();
    expect((await findScenarioPage(await as("hr"), { leavers: [], saved: 99999 }))?.problem).toContain("No such saved scenario");
  });

  it("HR deletes, audited; others may not", async () => {
    const list = (await findSavedScenarios(await as("hr")))!;
    const id = list[0]!.id;
    expect(await deleteScenario(await as("executive"), id)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deleteScenario(await as("manager"), id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteScenario(await as("hr"), id)).toEqual({ ok: true, value: null });
    expect(await deleteScenario(await as("hr"), id)).toMatchObject({ ok: false, code: "not_found" });
    expect((await audits()).at(-1)).toMatchObject({ action: "delete", entityId: String(id) });
  });
});
