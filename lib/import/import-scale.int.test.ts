import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { importCsv } from "./index";
import { generatePeopleCsv } from "./test-files";

const providers = await providersUnderTest();
const PEOPLE = 20_000;

// Big enough that every bulk statement is split into several batches, with
// managers and reports in different ones.
describe.each(providers)("a %s import of 20,000 people", (provider) => {
  let test: TestDatabase;
  const content = generatePeopleCsv(PEOPLE);
  const run = (csv: string) =>
    importCsv({ db: test.db, provider, kind: "people", content: csv, fileName: "people.csv", actor: { label: "test" } });

  beforeAll(async () => {
    test = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("writes every person and seat, managers before reports", async () => {
    const result = await run(content);
    expect(result.ok && result.summary).toEqual({
      people: { created: PEOPLE, updated: 0, unchanged: 0 },
      positions: { created: PEOPLE, updated: 0, unchanged: 0 },
      orgUnits: { created: 400, updated: 0, unchanged: 0 },
    });
    expect(await test.db.person.count()).toBe(PEOPLE);
    expect(await test.db.position.count({ where: { incumbentId: { not: null } } })).toBe(PEOPLE);
    const last = await test.db.person.findUniqueOrThrow({ where: { employeeId: "G020000" }, include: { manager: true } });
    expect(last.manager?.employeeId).toBe("G002857");
    expect(last.birthYear).toBe(1960 + (19_999 % 40));
  });

  it("re-imports as unchanged, leaving every row as it was", async () => {
    const before = await dumpContent(test.db);
    const result = await run(content);
    expect(result.ok && result.hasChanges).toBe(false);
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("updates a thousand people in place", async () => {
    let changed = 0;
    const edited = content.replace(/Title L2/g, (title) => (changed++ < 1000 ? "Senior engineer" : title));
    const result = await run(edited);
    expect(result.ok && result.summary.people).toEqual({ created: 0, updated: 1000, unchanged: PEOPLE - 1000 });
    expect(await test.db.person.count({ where: { title: "Senior engineer" } })).toBe(1000);
    expect(await test.db.position.count({ where: { title: "Senior engineer" } })).toBe(1000);
  });
});
