import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { findHomeView } from "./home";
import { findExecutiveSummary } from "./summary";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

// What the overview leads to, per role: the small organization with an open
// cycle nobody is assessed in yet, one decided and one pending nomination.
describe.each(providers)("the overview's leads on %s", (provider) => {
  let t: TestDatabase;
  const u: Record<string, AppUser> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    // The CEO retires within the horizon: a high-risk seat with no successor.
    await seedSmallOrganization(t.db, { people: { CEO: { plannedRetirementDate: "2027-06-30" } }, isCritical: (level) => level === "L5" });
    await t.db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
    for (const [key, role, personId] of [["hr", "hr", null], ["executive", "executive", null], ["managerD1", "manager", "D1"]] as const) {
      const row = await t.db.user.create({ data: { email: `${key.toLowerCase()}@co.example`, role, personId } });
      u[key] = { id: row.id, email: row.email, name: null, role, personId };
    }
    await t.db.nomination.create({ data: { positionId: "P-M1", candidateId: "I1", nominatedById: "D1", readiness: "1_2_years", status: "approved", decidedById: u.hr!.id, decidedAt: new Date("2026-11-20T10:00:00Z") } });
    await t.db.nomination.create({ data: { positionId: "P-D1", candidateId: "M1", nominatedById: "D1", readiness: "3_plus_years" } });
    // Imported as approved: no decision time, so it reads as decided when written.
    await t.db.nomination.create({ data: { positionId: "P-D2", candidateId: "I2", readiness: "3_plus_years", status: "approved", updatedAt: new Date("2026-11-01T00:00:00Z") } });
  });
  afterAll(async () => t?.drop());

  const leadsAs = async (key: string) => (await findHomeView(await createViewer({ db: t.db, user: u[key]!, asOf: AS_OF, today: AS_OF }))).leads;

  it("gives HR a decision to make, the organization to assess, and the seats most at risk", async () => {
    const leads = await leadsAs("hr");
    expect(leads.tasks).toEqual([
      { key: "decide", count: 1, href: "/nominations#inbox" },
      { key: "assess", count: 6, href: "/team" },
    ]);
    // Ranked as the executive summary ranks them (exposure: risk weighed by
    // criticality and level), not by risk alone.
    const summary = await findExecutiveSummary(await createViewer({ db: t.db, user: u.hr!, asOf: AS_OF, today: AS_OF }));
    expect(leads.topRisks.map((r) => r.positionId)).toEqual(summary.top.filter((r) => r.risk > 0).slice(0, 5).map((r) => r.positionId));
    expect(leads.topRisks.length).toBeLessThanOrEqual(5);
    expect(leads.topRisks.find((r) => r.positionId === "P-CEO")).toMatchObject({ incumbentName: "Name CEO", flags: expect.arrayContaining(["no-successor"]) });
    expect(leads.recentDecisions).toEqual([
      expect.objectContaining({ positionId: "P-M1", candidateName: "Name I1", status: "approved", decidedAt: "2026-11-20T10:00:00.000Z" }),
      expect.objectContaining({ positionId: "P-D2", decidedAt: "2026-11-01T00:00:00.000Z" }),
    ]);
  });

  it("gives a manager their reports to assess and their own proposal, within their line", async () => {
    const leads = await leadsAs("managerD1");
    expect(leads.tasks).toEqual([
      { key: "assess", count: 2, href: "/team?status=none" },
      { key: "proposals", count: 1, href: "/nominations#mine" },
    ]);
    expect(leads.topRisks.map((r) => r.positionId)).not.toContain("P-CEO");
    expect(leads.topRisks.every((r) => ["P-D1", "P-M1", "P-I1", "V-BUILD"].includes(r.positionId))).toBe(true);
  });

  it("gives an executive the exposure and the decisions, with nothing to act on", async () => {
    const leads = await leadsAs("executive");
    expect(leads.tasks).toEqual([]);
    expect(leads.topRisks.map((r) => r.positionId)).toContain("P-CEO");
    // Pending proposals are private to HR and the nominator (SPEC §2).
    expect(leads.recentDecisions.map((d) => d.positionId)).toEqual(["P-M1", "P-D2"]);
  });
});
