import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { importCsv, IMPORT_PHASES, planImport, type ImportProgress } from "./index";
import { generatePeopleCsv, PEOPLE_HEADER } from "./test-files";

const providers = await providersUnderTest();
// More than one 5,000-row statement per table, so writing reports batch by batch.
const PEOPLE = 6_000;

// Phases in order, each one's count only growing and ending at its total,
// and "done" last, once.
function expectWellFormed(events: ImportProgress[]) {
  const rank = (event: ImportProgress) => IMPORT_PHASES.indexOf(event.phase);
  for (let i = 1; i < events.length; i++) {
    const [previous, current] = [events[i - 1]!, events[i]!];
    expect(rank(current)).toBeGreaterThanOrEqual(rank(previous));
    if (current.phase === previous.phase) {
      expect(current.done).toBeGreaterThanOrEqual(previous.done);
      expect(current.total).toBe(previous.total);
    }
  }
  for (const event of events) expect(event.done).toBeLessThanOrEqual(event.total);
  expect(events.at(-1)).toEqual({ phase: "done", done: 1, total: 1 });
  expect(events.filter((e) => e.phase === "done")).toHaveLength(1);
}

const phasesOf = (events: ImportProgress[]) => [...new Set(events.map((e) => e.phase))];
const lastOf = (events: ImportProgress[], phase: ImportProgress["phase"]) => events.filter((e) => e.phase === phase).at(-1);

describe.each(providers)("import progress on %s", (provider) => {
  let test: TestDatabase;
  const content = generatePeopleCsv(PEOPLE);
  const options = () => ({ db: test.db, provider, kind: "people" as const, fileName: "people.csv", actor: { label: "test" } });

  beforeAll(async () => {
    test = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("previews through parsing, validating and checking, writing nothing", async () => {
    const events: ImportProgress[] = [];
    const before = await dumpContent(test.db);
    const result = await planImport({ ...options(), content, onProgress: (event) => void events.push(event) });
    expect(result.ok).toBe(true);
    expectWellFormed(events);
    expect(phasesOf(events)).toEqual(["parsing", "validating", "checking", "done"]);
    expect(lastOf(events, "parsing")).toEqual({ phase: "parsing", done: Buffer.byteLength(content), total: Buffer.byteLength(content) });
    expect(lastOf(events, "validating")).toEqual({ phase: "validating", done: PEOPLE, total: PEOPLE });
    expect(events.filter((e) => e.phase === "validating").length).toBeGreaterThan(5);
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("applies with a writing phase that counts every record up to its total, in several steps", async () => {
    const events: ImportProgress[] = [];
    const result = await importCsv({ ...options(), content, onProgress: async (event) => void events.push(event) });
    expect(result.ok && result.applied).toBe(true);
    expectWellFormed(events);
    expect(phasesOf(events)).toEqual(["parsing", "validating", "checking", "writing", "done"]);
    const writing = events.filter((e) => e.phase === "writing");
    const summary = result.ok ? result.summary : {};
    // Each record written, then its audit event.
    const records = 2 * [summary.people, summary.positions, summary.orgUnits].reduce((sum, c) => sum + (c?.created ?? 0) + (c?.updated ?? 0), 0);
    expect(writing[0]).toEqual({ phase: "writing", done: 0, total: records });
    expect(writing.at(-1)).toEqual({ phase: "writing", done: records, total: records });
    expect(writing.length).toBeGreaterThan(4);
    expect(await test.db.person.count()).toBe(PEOPLE);
  });

  it("re-applying an unchanged file reports no writing", async () => {
    const events: ImportProgress[] = [];
    const result = await importCsv({ ...options(), content, onProgress: (event) => void events.push(event) });
    expect(result.ok && result.applied).toBe(false);
    expectWellFormed(events);
    expect(phasesOf(events)).toEqual(["parsing", "validating", "checking", "done"]);
  });

  it("a file refused against the database stops after checking and writes nothing", async () => {
    const before = await dumpContent(test.db);
    const events: ImportProgress[] = [];
    // Every cell is valid; the last row names a manager nobody has heard of.
    const refused = `${content}\nX000001,Nobody,x@example.test,Engineer,Org,NOBODY,L1,,,,,,,,,`;
    const result = await importCsv({ ...options(), content: refused, onProgress: (event) => void events.push(event) });
    expect(result.ok).toBe(false);
    expectWellFormed(events);
    expect(phasesOf(events)).toEqual(["parsing", "validating", "checking", "done"]);
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("a file with a bad cell stops after validating and writes nothing", async () => {
    const before = await dumpContent(test.db);
    const events: ImportProgress[] = [];
    const bad = [PEOPLE_HEADER, "X000002,Someone,y@example.test,Engineer,Org,,L1,2026-02-30,,,,,,,,"].join("\n");
    const result = await importCsv({ ...options(), content: bad, onProgress: (event) => void events.push(event) });
    expect(result.ok).toBe(false);
    expectWellFormed(events);
    expect(phasesOf(events)).toEqual(["parsing", "validating", "done"]);
    expect(lastOf(events, "validating")).toEqual({ phase: "validating", done: 1, total: 1 });
    expect(await dumpContent(test.db)).toEqual(before);
  });
});
