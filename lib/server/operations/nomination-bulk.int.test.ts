import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { findNominationsWorkspace } from "@/lib/server/views/nominations-workspace";
import { approveNominations } from "./nomination-bulk";
import { createNomination } from "./nominations";
import type { Result } from "./result";

const providers = await providersUnderTest();

const value = <T,>(outcome: Result<T>): T => {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
  return outcome.value;
};

describe.each(providers)("HR's inbox and bulk approval on %s", (provider) => {
  let t: TestDatabase;
  const u: Record<string, AppUser> = {};
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    const cycle = await t.db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } });
    // M1 manages well and leads little: leadership score 25, under the bar of 60.
    await t.db.assessment.create({ data: { personId: "M1", cycleId: cycle.id, performance: 3, potential: 3, ...MANAGER_NOT_LEADER_ITEMS, leadershipTimePct: 20, flightRisk: "low" } });
    for (const [key, role, personId] of [["hr", "hr", null], ["admin", "admin", null], ["managerD1", "manager", "D1"]] as const) {
      const row = await t.db.user.create({ data: { email: `${key.toLowerCase()}@co.example`, role, personId } });
      u[key] = { id: row.id, email: row.email, name: null, role, personId };
    }
  });
  afterAll(async () => t?.drop());

  const viewer = (key: string) => createViewer({ db: t.db, user: u[key]! });

  it("shows HR who proposed what and when, the candidate's scores and the mismatch; approves several, each on its own", async () => {
    const mismatched = value(await createNomination(await viewer("managerD1"), { positionId: "P-D1", candidateId: "M1", readiness: "ready_now" }));
    const plain = value(await createNomination(await viewer("managerD1"), { positionId: "P-M1", candidateId: "I1", readiness: "1_2_years" }));
    const stale = value(await createNomination(await viewer("managerD1"), { positionId: "V-BUILD", candidateId: "I1", readiness: "3_plus_years" }));
    const ownProposal = value(await createNomination(await viewer("hr"), { positionId: "V-SELL", candidateId: "I2", readiness: "1_2_years" }));

    const inbox = (await findNominationsWorkspace(await viewer("hr")))!.inbox;
    const row = (id: number) => inbox.find((r) => r.id === id)!;
    expect(row(mismatched.id)).toMatchObject({ nominatorName: "Name D1", mgmtScore: 100, leadScore: 25, seatKind: "leadership", mismatch: true });
    expect(row(plain.id)).toMatchObject({ nominatorName: "Name D1", mgmtScore: null, leadScore: null, seatKind: "management", mismatch: false });
    expect(row(plain.id).createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // A manager may not approve, in bulk or otherwise; nothing changes.
    const before = await dumpContent(t.db);
    const refused = await approveNominations(await viewer("managerD1"), [{ id: plain.id, version: plain.version }]);
    expect(refused.ok ? "ok" : refused.code).toBe("forbidden");
    expect(await dumpContent(t.db)).toEqual(before);
    expect((await approveNominations(await viewer("hr"), [])).ok).toBe(false);

    const outcome = value(
      await approveNominations(await viewer("hr"), [
        { id: mismatched.id, version: mismatched.version },
        { id: plain.id, version: plain.version },
        { id: stale.id, version: stale.version + 1 }, // changed since HR read it
        { id: ownProposal.id, version: ownProposal.version }, // four eyes: not HR's own
      ]),
    );
    expect(outcome.approved.map((a) => a.id)).toEqual([mismatched.id, plain.id]);
    expect(outcome.approved[1]!.label).toBe(`Name I1 (I1) for ${row(plain.id).positionTitle}`);
    expect(outcome.refused.map((r) => [r.id, r.code])).toEqual([[stale.id, "conflict"], [ownProposal.id, "forbidden"]]);

    const statuses = await t.db.nomination.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } });
    expect(statuses.map((s) => s.status)).toEqual(["approved", "approved", "proposed", "proposed"]);
    // Each approval is audited on its own, by the HR user who made it.
    const audits = await t.db.auditEvent.findMany({ where: { entity: "nomination", action: "approve" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.entityId, a.actorUserId])).toEqual([[String(mismatched.id), u.hr!.id], [String(plain.id), u.hr!.id]]);
  });
});
