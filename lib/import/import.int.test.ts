import { format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { importCsv, type ImportKind, type ImportResult } from "./index";
import { ASSESSMENTS_CSV, NOMINATIONS_CSV, PEOPLE_CSV, PEOPLE_HEADER, POSITIONS_CSV } from "./test-files";

const providers = await providersUnderTest();

const FILES: [ImportKind, string][] = [
  ["people", PEOPLE_CSV],
  ["positions", POSITIONS_CSV],
  ["assessments", ASSESSMENTS_CSV],
  ["nominations", NOMINATIONS_CSV],
];

describe.each(providers)("CSV import on %s", (provider) => {
  let test: TestDatabase;
  const run = (kind: ImportKind, content: string | Buffer, dryRun = false): Promise<ImportResult> =>
    importCsv({ db: test.db, provider, kind, content, fileName: `${kind}.csv`, dryRun, actor: { label: "test", userId: undefined } });
  const applied = async (kind: ImportKind, content: string, dryRun = false) => {
    const result = await run(kind, content, dryRun);
    if (!result.ok) throw new Error(`${kind} refused:\n${result.errors.map((e) => `${e.row} ${e.column}: ${e.message}`).join("\n")}`);
    return result;
  };

  beforeAll(async () => {
    test = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("imports the four files, in order", async () => {
    const before = Date.now();
    expect((await applied("people", PEOPLE_CSV)).summary).toEqual({
      people: { created: 5, updated: 0, unchanged: 0 },
      positions: { created: 5, updated: 0, unchanged: 0 },
      orgUnits: { created: 3, updated: 0, unchanged: 0 },
    });
    expect((await applied("positions", POSITIONS_CSV)).summary).toEqual({
      positions: { created: 1, updated: 1, unchanged: 0 },
      orgUnits: { created: 1, updated: 0, unchanged: 1 },
    });
    expect((await applied("assessments", ASSESSMENTS_CSV)).summary).toEqual({
      cycles: { created: 2, updated: 0, unchanged: 0 },
      assessments: { created: 3, updated: 0, unchanged: 0 },
    });
    const nominations = await applied("nominations", NOMINATIONS_CSV);
    expect(nominations.summary).toEqual({ nominations: { created: 2, updated: 0, unchanged: 0 } });
    expect(nominations.applied).toBe(true);

    const db = test.db;
    const bob = await db.person.findUniqueOrThrow({ where: { employeeId: "E0002" } });
    expect(bob).toMatchObject({ name: "Bob, Jr.", managerId: "E0001", levelCode: "L4", birthYear: 1968, active: true, plannedRetirementDate: null, retirementEligibilityDate: "2030-01-01" });
    // Timestamps are real instants on both databases, not shifted by a time zone.
    expect(Math.abs(bob.createdAt.getTime() - before)).toBeLessThan(60_000);
    expect(bob.updatedAt).toEqual(bob.createdAt);
    expect((await db.person.findUniqueOrThrow({ where: { employeeId: "E0004" } })).location).toBe("Lyon, Office 2");

    const seats = await db.position.findMany({ orderBy: { positionId: "asc" } });
    expect(seats.map((s) => [s.positionId, s.incumbentId, s.title, s.levelCode, s.critical, s.impactOfLoss])).toEqual([
      ["CEO-1", "E0001", "CEO", "L5", true, "high"],
      ["P-E0002", "E0002", "VP Engineering", "L4", true, "medium"],
      ["P-E0003", "E0003", "Head of Platform", "L3", false, "medium"],
      ["P-E0004", "E0004", "Engineer", "L1", false, "low"],
      ["P-E0005", "E0005", "Engineer", "L1", false, "medium"],
      ["P-VAC", null, "CTO", "L4", true, "high"],
    ]);
    expect(await db.orgUnit.findMany({ orderBy: { id: "asc" } })).toEqual([
      { id: "Acme", name: "Acme", parentId: null, depth: 0 },
      { id: "Acme/Engineering", name: "Engineering", parentId: "Acme", depth: 1 },
      { id: "Acme/Engineering/Office", name: "Office", parentId: "Acme/Engineering", depth: 2 },
      { id: "Acme/Engineering/Platform", name: "Platform", parentId: "Acme/Engineering", depth: 2 },
    ]);

    const cycles = await db.cycle.findMany({ orderBy: { name: "asc" } });
    expect(cycles.map((c) => [c.name, c.cycleDate])).toEqual([
      ["2026 H1", format(new Date(), "yyyy-MM-dd")],
      ["2026 H2", "2026-10-01"],
    ]);
    const assessment = await db.assessment.findFirstOrThrow({ where: { personId: "E0002" } });
    expect(assessment).toMatchObject({ status: "submitted", performance: 3, leadChange: 2, leadershipTimePct: 30, flightRisk: "medium", assessorId: "E0001", notes: 'Runs the "machine";\nrarely delegates' });

    const slate = await db.nomination.findMany({ orderBy: { positionId: "asc" } });
    expect(slate.map((n) => [n.positionId, n.candidateId, n.readiness, n.status, n.emergency, n.nominatedById, n.rationale])).toEqual([
      ["CEO-1", "E0002", "1_2_years", "proposed", false, "E0001", null],
      ["P-E0002", "E0003", "ready_now", "approved", true, "E0001", "Runs platform alone"],
    ]);

    const audit = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.actorLabel])).toEqual(
      FILES.map(([kind]) => ["import", kind, `${kind}.csv`, "test"]),
    );
    expect(JSON.parse(audit[3]?.after ?? "null")).toEqual(nominations.summary);
  });

  it("changes nothing at all when the same files come again", async () => {
    const before = await dumpContent(test.db);
    for (const [kind, content] of FILES) {
      const result = await applied(kind, content);
      expect(result.hasChanges).toBe(false);
      expect(result.applied).toBe(false);
      for (const counts of Object.values(result.summary)) expect(counts).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("previews a change on a dry run and writes nothing", async () => {
    const before = await dumpContent(test.db);
    const renamed = PEOPLE_CSV.replace("Eve Ek,", "Eve Ek-Lund,");
    const result = await applied("people", renamed, true);
    expect(result.summary.people).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect(result.preview).toEqual([{ entity: "people", key: "E0005", action: "update" }]);
    expect(result.applied).toBe(false);
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("updates only what changed, keeping createdAt and never deleting people left out", async () => {
    const old = await test.db.person.findUniqueOrThrow({ where: { employeeId: "E0005" } });
    const untouched = await test.db.person.findUniqueOrThrow({ where: { employeeId: "E0004" } });
    // A partial file: Eve alone, moving into the vacant CTO seat.
    const partial = [PEOPLE_HEADER, "E0005,Eve Ek,eve@acme.test,Engineer,Acme/Engineering/Platform,E0003,L1,2021-03-01,2021-03-01,,,,,P-VAC,,"].join("\n");
    const result = await applied("people", partial);
    expect(result.summary).toEqual({
      people: { created: 0, updated: 0, unchanged: 1 },
      positions: { created: 0, updated: 2, unchanged: 0 },
      orgUnits: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(await test.db.person.count()).toBe(5);
    const seats = await test.db.position.findMany({ where: { positionId: { in: ["P-VAC", "P-E0005"] } }, orderBy: { positionId: "asc" } });
    expect(seats.map((s) => [s.positionId, s.incumbentId, s.title])).toEqual([["P-E0005", null, "Engineer"], ["P-VAC", "E0005", "CTO"]]);

    const renamed = await applied("people", partial.replace("Eve Ek,", "Eve Ek-Lund,"));
    expect(renamed.summary.people).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const eve = await test.db.person.findUniqueOrThrow({ where: { employeeId: "E0005" } });
    expect(eve.name).toBe("Eve Ek-Lund");
    expect(eve.createdAt).toEqual(old.createdAt);
    expect(eve.updatedAt.getTime()).toBeGreaterThan(old.updatedAt.getTime());
    expect(await test.db.person.findUniqueOrThrow({ where: { employeeId: "E0004" } })).toEqual(untouched);
  });

  it("moves a nomination's status and bumps its version", async () => {
    const result = await applied("nominations", NOMINATIONS_CSV.replace("CEO-1,E0002,1_2_years,,", "CEO-1,E0002,1_2_years,declined,"));
    expect(result.summary.nominations).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const entry = await test.db.nomination.findFirstOrThrow({ where: { positionId: "CEO-1" } });
    expect([entry.status, entry.version]).toEqual(["declined", 2]);
  });
});
