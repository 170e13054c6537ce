import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { describeChanges } from "@/lib/audit/changes";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { findAuditEvents } from "./audit-log";
import { findAuditNames } from "./audit-names";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

const users: Record<string, AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: null },
  managerD1: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
};

// A nomination naming someone in D1's line (I1) for a seat in D2's line, so
// the names a manager may read differ from HR's.
const EVENT = {
  entity: "nomination",
  entityId: "1",
  before: null,
  after: JSON.stringify({ positionId: "P-I2", candidateId: "I1", nominatedById: "D2", readiness: "3_plus_years", status: "proposed", decidedById: 1 }),
};

describe.each(providers)("audit names on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    await t.db.user.create({ data: { id: 1, email: "hr@co.example", role: "hr" } });
    await t.db.auditEvent.create({ data: { actorLabel: "hr@co.example", action: "create", ...EVENT } });
  });
  afterAll(async () => t?.drop());

  const namesAs = async (user: AppUser) => findAuditNames(await createViewer({ db: t.db, user, asOf: AS_OF }), [EVENT]);

  it("reads the audit log in words for HR: labels for codes, names for keys", async () => {
    const page = await findAuditEvents(await createViewer({ db: t.db, user: users.hr!, asOf: AS_OF }), { page: 1 });
    const row = page!.rows[0]!;
    const lines = describeChanges(row.before, row.after, { entity: row.entity, names: page!.names }).lines;
    const person = (id: string) => t.db.person.findUniqueOrThrow({ where: { employeeId: id } }).then((p) => p.name);
    const seat = await t.db.position.findUniqueOrThrow({ where: { positionId: "P-I2" } });
    expect(lines).toEqual([
      `Position: ${seat.title} (P-I2)`,
      `Candidate: ${await person("I1")} (I1)`,
      `Nominated by: ${await person("D2")} (D2)`,
      "Readiness: Ready in 3+ years",
      "Status: Proposed",
      "Decided by: hr@co.example (1)",
    ]);
  });

  it("names only the people and seats a manager may see, and no user accounts", async () => {
    const names = await namesAs(users.managerD1!);
    expect(Object.keys(names.person)).toEqual(["I1"]);
    expect(names.position).toEqual({});
    expect(names.user).toEqual({});
    const executive = await namesAs(users.executive!);
    expect(Object.keys(executive.person).sort()).toEqual(["D2", "I1"]);
    expect(executive.user).toEqual({});
  });
});
