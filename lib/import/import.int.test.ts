import { format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { importCsv, type ImportKind, type ImportResult } from "./index";
import { createViewer } from "@/lib/server/access/viewer";
import { decideNomination } from "@/lib/server/operations/nominations";
import { findPersonProfile } from "@/lib/server/views/person-profile";
import { ASSESSMENTS_CSV, NOMINATIONS_CSV, NOMINATIONS_HEADER, PEOPLE_CSV, PEOPLE_HEADER, POSITIONS_CSV } from "./test-files";

const providers = await providersUnderTest();

const parse = (json: string | null): Record<string, unknown> => JSON.parse(json ?? "{}") as Record<string, unknown>;

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

    // Each file: one event per record it created or changed, then its summary.
    const audit = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audit.every((a) => a.actorLabel === "test" && a.actorUserId === null)).toBe(true);
    const summaries = audit.filter((a) => a.action === "import");
    expect(summaries.map((a) => [a.entity, a.entityId])).toEqual(FILES.map(([kind]) => [kind, `${kind}.csv`]));
    expect(JSON.parse(summaries[3]?.after ?? "null")).toEqual(nominations.summary);
    const tally = (kind: ImportKind) => {
      const source = `import ${kind}.csv`;
      const events = audit.filter((a) => a.action !== "import" && parse(a.after).source === source);
      // The summary comes last, so it heads the log.
      expect(Math.max(...events.map((a) => a.id))).toBeLessThan(summaries.find((a) => a.entity === kind)?.id ?? 0);
      return Object.fromEntries([...new Set(events.map((a) => `${a.action} ${a.entity}`))].map((k) => [k, events.filter((a) => `${a.action} ${a.entity}` === k).length]));
    };
    expect(tally("people")).toEqual({ "create org_unit": 3, "create person": 5, "create position": 5 });
    expect(tally("positions")).toEqual({ "create org_unit": 1, "create position": 1, "update position": 1 });
    expect(tally("assessments")).toEqual({ "create cycle": 2, "create assessment": 3 });
    expect(tally("nominations")).toEqual({ "create nomination": 2 });
    expect(audit.length).toBe(4 + 13 + 3 + 5 + 2);

    // The newest event of a record.
    const eventOf = (entity: string, entityId: string) => {
      const event = audit.filter((a) => a.entity === entity && a.entityId === entityId).at(-1);
      return event && { action: event.action, before: event.before && parse(event.before), after: parse(event.after) };
    };
    // A create: the whole record as written, without its empty fields.
    expect(eventOf("person", "E0002")).toEqual({
      action: "create",
      before: null,
      after: {
        employeeId: "E0002", name: "Bob, Jr.", email: "bob@acme.test", title: "VP Engineering", orgUnitId: "Acme/Engineering",
        managerId: "E0001", levelCode: "L4", hireDate: "2005-03-01", roleStartDate: "2015-01-01", retirementEligibilityDate: "2030-01-01",
        birthYear: 1968, location: "Paris", active: true, source: "import people.csv",
      },
    });
    expect(eventOf("org_unit", "Acme/Engineering")?.after).toEqual({ id: "Acme/Engineering", name: "Engineering", parentId: "Acme", depth: 1, source: "import people.csv" });
    expect(eventOf("position", "P-E0004")?.after).toMatchObject({ incumbentId: "E0004", critical: false, impactOfLoss: "low" });
    // An update: only the fields that changed.
    expect(eventOf("position", "P-E0003")).toEqual({
      action: "update",
      before: { title: "Platform manager", levelCode: "L2" },
      after: { title: "Head of Platform", levelCode: "L3", source: "import positions.csv" },
    });
    // Cycles, assessments and nominations by id, as the app's own events name them.
    const cycle = await db.cycle.findUniqueOrThrow({ where: { name: "2026 H2" } });
    expect(eventOf("cycle", String(cycle.id))?.after).toEqual({ name: "2026 H2", cycleDate: "2026-10-01", source: "import assessments.csv" });
    expect(eventOf("assessment", String(assessment.id))?.after).toMatchObject({ personId: "E0002", cycleId: cycle.id, performance: 3, notes: assessment.notes });
    const approved = slate.find((n) => n.status === "approved");
    expect(eventOf("nomination", String(approved?.id))?.after).toMatchObject({ positionId: "P-E0002", candidateId: "E0003", emergency: true, status: "approved" });
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

  it("writes no version, no change-log row and no data-version bump for an unchanged re-import", async () => {
    const counts = async () => ({
      people: await test.db.personVersion.count(),
      positions: await test.db.positionVersion.count(),
      assessments: await test.db.assessmentVersion.count(),
      nominations: await test.db.nominationVersion.count(),
      changes: await test.db.dataChange.count(),
      events: await test.db.auditEvent.count(),
      version: (await test.db.dataVersion.findUnique({ where: { id: 1 } }))?.version,
    });
    const before = await counts();
    // The first import wrote versions of each kind: a count that stays put means something.
    expect(Math.min(before.people, before.positions, before.assessments, before.nominations)).toBeGreaterThan(0);
    for (const [kind, content] of FILES) {
      const result = await applied(kind, content);
      expect(result.applied).toBe(false);
    }
    expect(await counts()).toEqual(before);
    // A real change does write them, so the counts above can move.
    try {
      await applied("people", PEOPLE_CSV.replace("Eve Ek,", "Eve Ek-Lund,"));
      const after = await counts();
      expect(await test.db.personVersion.count({ where: { name: "Eve Ek-Lund" } })).toBe(1);
      expect(after.changes).toBe(before.changes + 1);
      expect(after.version).toBe((before.version ?? 0) + 1);
    } finally {
      await applied("people", PEOPLE_CSV);
    }
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

  it("gives each record it creates or changes its own audit event, and nothing for a refused or repeated file", async () => {
    const db = test.db;
    const hr = await db.user.create({ data: { email: "hr-import@acme.test", role: "hr" } });
    const asHr = (content: string) =>
      importCsv({ db, provider, kind: "people", content, fileName: "hris.csv", actor: { label: hr.email, userId: hr.id } });
    // Two new people in a new team, and one field of a third.
    const file = [
      PEOPLE_HEADER,
      "E0006,Fay Fox,fay@acme.test,Account executive,Acme/Sales/EMEA,E0001,L2,2024-01-01,2024-01-01,,,,,,,",
      "E0007,Gus Gray,gus@acme.test,Account executive,Acme/Sales/EMEA,E0006,L1,2025-01-01,2025-01-01,,,1990,Madrid,,,",
      'E0004,Di Diaz,di@acme.test,Engineer,Acme/Engineering/Platform,E0003,L1,2019-03-01,2019-03-01,,,,Lisbon,,no,low',
    ].join("\n");
    const last = async () => (await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
    const since = async (id: number) => db.auditEvent.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });

    const before = await last();
    const result = await asHr(file);
    expect(result.ok && result.summary).toEqual({
      people: { created: 2, updated: 1, unchanged: 0 },
      positions: { created: 2, updated: 0, unchanged: 1 },
      orgUnits: { created: 2, updated: 0, unchanged: 1 },
    });
    const events = await since(before);
    expect(events.every((e) => e.actorLabel === hr.email && e.actorUserId === hr.id)).toBe(true);
    expect(new Set(events.map((e) => e.at.getTime())).size).toBe(1);
    const rows = events.map((e) => [e.action, e.entity, e.entityId]);
    expect(rows.filter(([, entity]) => entity === "person")).toEqual(
      expect.arrayContaining([["create", "person", "E0006"], ["create", "person", "E0007"], ["update", "person", "E0004"]]),
    );
    expect(rows.filter(([, entity]) => entity === "person")).toHaveLength(3);
    expect(rows.filter(([action, entity]) => action === "create" && entity === "position").map(([, , id]) => id).sort()).toEqual(["P-E0006", "P-E0007"]);
    expect(rows.filter(([, entity]) => entity === "org_unit").map(([, , id]) => id).sort()).toEqual(["Acme/Sales", "Acme/Sales/EMEA"]);
    expect(rows.at(-1)).toEqual(["import", "people", "hris.csv"]);
    expect(events).toHaveLength(3 + 2 + 2 + 1);

    const di = events.find((e) => e.entityId === "E0004");
    expect(parse(di?.before ?? null)).toEqual({ location: "Lyon, Office 2" });
    expect(parse(di?.after ?? null)).toEqual({ location: "Lisbon", source: "import hris.csv" });
    // Di's profile lists the change, with what it was and what it is.
    const user = { id: hr.id, email: hr.email, name: null, role: "hr" as const, personId: null };
    const profile = await findPersonProfile(await createViewer({ db, user, asOf: "2026-06-01" }), "E0004");
    expect(profile?.audit?.[0]).toMatchObject({ action: "update", entity: "person", entityId: "E0004", actorLabel: hr.email, before: di?.before, after: di?.after });
    const gus = events.find((e) => e.entityId === "E0007");
    expect(gus?.before).toBeNull();
    expect(parse(gus?.after ?? null)).toMatchObject({ employeeId: "E0007", managerId: "E0006", birthYear: 1990, location: "Madrid", active: true });

    // The same file again writes nothing, audit log included.
    const repeated = await last();
    expect((await asHr(file)).ok).toBe(true);
    expect(await last()).toBe(repeated);
    // Neither does a refused one.
    const refused = await asHr(`${file.replace("Lisbon", "Porto")}\nE0008,Hal Hu,hal@acme.test,Engineer,Acme,NOBODY,L1,,,,,,,,,`);
    expect(refused.ok).toBe(false);
    expect(await last()).toBe(repeated);
  });

  it("does not make whoever imported a nomination its proposer", async () => {
    const hr = await test.db.user.findUniqueOrThrow({ where: { email: "hr-import@acme.test" } });
    const user = { id: hr.id, email: hr.email, name: null, role: "hr" as const, personId: null };
    const file = [NOMINATIONS_HEADER, "P-E0003,E0004,3_plus_years,,,E0003,"].join("\n");
    const result = await importCsv({ db: test.db, provider, kind: "nominations", content: file, fileName: "n.csv", actor: { label: hr.email, userId: hr.id } });
    expect(result.ok && result.summary.nominations).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const entry = await test.db.nomination.findFirstOrThrow({ where: { positionId: "P-E0003", candidateId: "E0004" } });
    expect(await test.db.auditEvent.count({ where: { entity: "nomination", entityId: String(entry.id), action: "create", actorUserId: hr.id } })).toBe(1);
    const decided = await decideNomination(await createViewer({ db: test.db, user }), { id: entry.id, decision: "approve", version: entry.version });
    expect(decided.ok).toBe(true);
  });
});
