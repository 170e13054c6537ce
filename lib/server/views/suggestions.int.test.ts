import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createViewer } from "@/lib/server/access/viewer";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization, SMALL_ORG_USERS } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { findSlate } from "./slate";
import { findSuggestions } from "./suggestions";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

const users = SMALL_ORG_USERS;

describe.each(providers)("successor suggestions on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    // V-BUILD (L2, Co/Build, vacant): M1 (L2) is already proposed for it;
    // I1 (L1, Co/Build) is assessed; I2 (L1, Co/Sell) is not.
    await seedSmallOrganization(t.db);
    const cycle = await t.db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
    await t.db.assessment.create({
      data: { personId: "I1", cycleId: cycle.id, performance: 3, potential: 2, ...MANAGER_NOT_LEADER_ITEMS, leadershipTimePct: 20, flightRisk: "medium" },
    });
    await t.db.nomination.create({ data: { positionId: "V-BUILD", candidateId: "M1", readiness: "1_2_years", status: "proposed" } });
  });
  afterAll(async () => t?.drop());

  const as = (who: keyof typeof users) => createViewer({ db: t.db, user: users[who], today: AS_OF });

  it("ranks the people HR may name with every part shown, and the parts add up to the fit", async () => {
    for (const who of ["hr", "admin"] as const) {
      const rows = (await findSuggestions(await as(who), "V-BUILD"))!;
      expect(rows.map((r) => r.employeeId)).toEqual(["I1", "I2"]);
      const [i1, i2] = rows;
      // Management score 100 for an L2 seat; potential 2 of 3; performance 3 of 3; almost 7 years in role;
      // one rung below; same unit; medium flight risk; nobody's only successor.
      expect(i1!.parts).toEqual({ capability: 35, potential: 10, performance: 15, timeInRole: 10, levelFit: 10, sameUnit: 10, flightRisk: -7.5, onlySuccessorElsewhere: 0 });
      expect(i1!.fit).toBe(82.5);
      // No assessment: missing, not low; another division's unit counts half.
      expect(i2!.parts).toMatchObject({ capability: null, potential: null, performance: null, flightRisk: null, sameUnit: 5 });
      for (const r of rows) expect(r.fit).toBeCloseTo(Object.values(r.parts).reduce<number>((s, p) => s + (p ?? 0), 0), 5);
    }
  });

  it("a manager sees only candidates in their subtree; executives and unseen seats get nothing", async () => {
    expect((await findSuggestions(await as("manager"), "V-BUILD"))?.map((r) => r.employeeId)).toEqual(["I1"]);
    expect(await findSuggestions(await as("manager"), "V-SELL")).toBeNull();
    expect(await findSuggestions(await as("executive"), "V-BUILD")).toBeNull();
    expect(await findSuggestions(await as("hr"), "P-NO-SUCH")).toBeNull();
  });

  it("leaves out the incumbent and people above the seat or more than two rungs below, and honours the limit", async () => {
    const d1 = (await findSuggestions(await as("hr"), "P-D1"))!.map((r) => r.employeeId);
    // L4 seat: D2 (L4) and M1 (L2); not D1 (the incumbent), CEO (above), I1/I2 (three below).
    expect(d1.sort()).toEqual(["D2", "M1"]);
    expect(await findSuggestions(await as("hr"), "P-D1", { limit: 1 })).toHaveLength(1);
  });

  it("shows on the slate for those who nominate, not for executives", async () => {
    expect((await findSlate(await as("hr"), "V-BUILD", {}))?.suggestions.map((r) => r.employeeId)).toEqual(["I1", "I2"]);
    expect((await findSlate(await as("executive"), "V-BUILD", {}))?.suggestions).toEqual([]);
  });
});
