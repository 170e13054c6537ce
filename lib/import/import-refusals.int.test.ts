import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { importCsv, type ImportError, type ImportKind } from "./index";
import {
  ASSESSMENTS_CSV,
  ASSESSMENTS_HEADER,
  NOMINATIONS_CSV,
  NOMINATIONS_HEADER,
  PEOPLE_CSV,
  PEOPLE_HEADER,
  POSITIONS_CSV,
} from "./test-files";

const providers = await providersUnderTest();

const person = (id: string, manager: string, extra = { level: "L1", hire: "2020-01-01", email: `${id.toLowerCase()}@acme.test` }) =>
  `${id},Someone,${extra.email},Engineer,Acme/Engineering,${manager},${extra.level},${extra.hire},,,,,,,,`;
const people = (...rows: string[]) => [PEOPLE_HEADER, ...rows].join("\n");
const assessment = (line: string) => [ASSESSMENTS_HEADER, line].join("\n");
const nomination = (line: string) => [NOMINATIONS_HEADER, line].join("\n");
const GOOD_SCORES = "3,2,4,4,5,4,2,2,3,2,30";

interface Case {
  name: string;
  kind: ImportKind;
  content: string | Buffer;
  expected: ImportError;
}

const CASES: Case[] = [
  {
    name: "a reporting cycle through people already in Baton",
    kind: "people",
    content: people("E0001,Ada Boss,ada@acme.test,CEO,Acme,E0004,L5,,,,,,,,,"),
    expected: { row: 2, column: "manager_employee_id", message: "reporting cycle: E0001 → E0004 → E0003 → E0002 → E0001" },
  },
  {
    name: "a reporting cycle inside the file",
    kind: "people",
    content: people(person("E0100", "E0101"), person("E0101", "E0100")),
    expected: { row: 2, column: "manager_employee_id", message: "reporting cycle: E0100 → E0101 → E0100" },
  },
  {
    name: "a person managing themselves",
    kind: "people",
    content: people(person("E0100", "E0100")),
    expected: { row: 2, column: "manager_employee_id", message: "E0100 cannot be their own manager" },
  },
  {
    name: "an unknown manager",
    kind: "people",
    content: people(person("E0100", "E0001"), person("E0101", "E9999")),
    expected: { row: 3, column: "manager_employee_id", message: 'unknown manager "E9999" (not in this file or in Baton)' },
  },
  {
    name: "a duplicate employee id in the file",
    kind: "people",
    content: people(person("E0100", "E0001"), person("E0101", "E0001"), person("E0100", "E0001")),
    expected: { row: 4, column: "employee_id", message: 'employee id "E0100" is already on row 2; each person appears once' },
  },
  {
    name: "an impossible date",
    kind: "people",
    content: people(person("E0100", "E0001", { level: "L1", hire: "2026-02-30", email: "x@acme.test" })),
    expected: { row: 2, column: "hire_date", message: '"2026-02-30" is not a real calendar date' },
  },
  {
    name: "an unknown level",
    kind: "people",
    content: people(person("E0100", "E0001", { level: "L9", hire: "", email: "x@acme.test" })),
    expected: { row: 2, column: "level", message: 'unknown level "L9" (known: L1, L2, L3, L4, L5)' },
  },
  {
    name: "an unknown column",
    kind: "people",
    content: PEOPLE_CSV.replace("impact_of_loss", "impact_of_loss,salary").replaceAll(/\n(.*)/g, "\n$1,1"),
    expected: {
      row: 1,
      column: null,
      message: expect.stringMatching(/^unknown column "salary" in a people file; the columns are: employee_id, name, email/) as unknown as string,
    },
  },
  {
    name: "a missing required column",
    kind: "people",
    content: "employee_id,name,title,org_unit_path,level\nE0100,Someone,Engineer,Acme,L1\n",
    expected: { row: 1, column: null, message: "missing required column: email" },
  },
  {
    name: "an invalid email",
    kind: "people",
    content: people(person("E0100", "E0001", { level: "L1", hire: "", email: "someone@@acme" })),
    expected: { row: 2, column: "email", message: '"someone@@acme" is not a valid email address' },
  },
  { name: "an empty file", kind: "people", content: "", expected: { row: 0, column: null, message: "the file is empty" } },
  {
    name: "a binary file",
    kind: "people",
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    expected: {
      row: 0,
      column: null,
      message: 'the file is binary, not CSV text (it contains NUL bytes); save it from your spreadsheet as "CSV UTF-8"',
    },
  },
  {
    name: "a performance score out of range",
    kind: "assessments",
    content: assessment("E0002,2027 H1,4,2,4,4,5,4,2,2,3,2,30,low,,,"),
    expected: { row: 2, column: "performance", message: 'must be a whole number from 1 to 3 (got "4")' },
  },
  {
    name: "a leadership item out of range",
    kind: "assessments",
    content: assessment("E0002,2027 H1,3,2,4,4,5,4,2,2,3,6,30,low,,,"),
    expected: { row: 2, column: "lead_change", message: 'must be a whole number from 1 to 5 (got "6")' },
  },
  {
    name: "a share of leadership time over 100",
    kind: "assessments",
    content: assessment("E0002,2027 H1,3,2,4,4,5,4,2,2,3,2,150,low,,,"),
    expected: { row: 2, column: "leadership_time_pct", message: 'must be a whole number from 0 to 100 (got "150")' },
  },
  {
    name: "an unknown flight risk",
    kind: "assessments",
    content: assessment(`E0002,2027 H1,${GOOD_SCORES},extreme,,,`),
    expected: { row: 2, column: "flight_risk", message: 'unknown flight risk "extreme" (expected low, medium or high)' },
  },
  {
    name: "an assessment of an unknown employee",
    kind: "assessments",
    content: assessment(`E9999,2027 H1,${GOOD_SCORES},low,,,`),
    expected: { row: 2, column: "employee_id", message: 'unknown employee "E9999" (not in Baton; import people.csv first)' },
  },
  {
    name: "an unknown assessor",
    kind: "assessments",
    content: assessment(`E0002,2027 H1,${GOOD_SCORES},low,E9998,,`),
    expected: { row: 2, column: "assessor_employee_id", message: 'unknown assessor "E9998" (not in Baton)' },
  },
  {
    name: "an unknown readiness",
    kind: "nominations",
    content: nomination("P-E0002,E0004,soon,,,,"),
    expected: { row: 2, column: "readiness", message: 'unknown readiness "soon" (expected ready_now, 1_2_years or 3_plus_years)' },
  },
  {
    name: "a nomination for an unknown position",
    kind: "nominations",
    content: nomination("P-NOPE,E0004,ready_now,,,,"),
    expected: { row: 2, column: "position_id", message: 'unknown position "P-NOPE" (not in Baton; import people.csv or positions.csv first)' },
  },
  {
    name: "a nomination of an unknown candidate",
    kind: "nominations",
    content: nomination("P-E0002,E9999,ready_now,,,,"),
    expected: { row: 2, column: "candidate_employee_id", message: 'unknown candidate "E9999" (not in Baton)' },
  },
  {
    name: "a candidate for their own seat",
    kind: "nominations",
    content: nomination("P-E0002,E0002,ready_now,,,,"),
    expected: { row: 2, column: "candidate_employee_id", message: 'E0002 holds "P-E0002" already and cannot succeed themselves' },
  },
  {
    name: "a second seat for one person",
    kind: "positions",
    content: "position_id,title,org_unit_path,level,incumbent_employee_id\nP-NEW,Architect,Acme,L3,E0004\n",
    expected: {
      row: 2,
      column: "incumbent_employee_id",
      message: 'E0004 would also hold "P-E0004" (in Baton); a person holds one position, so vacate the other seat in this file',
    },
  },
];

describe.each(providers)("CSV import refusals on %s", (provider) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    const files: [ImportKind, string][] = [
      ["people", PEOPLE_CSV],
      ["positions", POSITIONS_CSV],
      ["assessments", ASSESSMENTS_CSV],
      ["nominations", NOMINATIONS_CSV],
    ];
    for (const [kind, content] of files) {
      const result = await importCsv({ db: test.db, provider, kind, content, fileName: kind, actor: { label: "setup" } });
      if (!result.ok) throw new Error(`setup ${kind} refused: ${JSON.stringify(result.errors)}`);
    }
  });
  afterAll(async () => {
    await test?.drop();
  });

  it.each(CASES)("refuses $name with row and column, writing nothing", async ({ kind, content, expected }) => {
    const before = await dumpContent(test.db);
    const result = await importCsv({ db: test.db, provider, kind, content, fileName: "bad.csv", actor: { label: "test" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expected]);
    expect(result.errorCount).toBe(1);
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("reports every bad row of a file at once, in file order", async () => {
    const content = people(
      person("E0100", "E0001", { level: "L1", hire: "2026-02-30", email: "ok@acme.test" }),
      person("E0101", "E0001", { level: "L1", hire: "", email: "not-an-email" }),
      person("E0102", "E0001", { level: "L1", hire: "2026-13-01", email: "ok2@acme.test" }),
    );
    const result = await importCsv({ db: test.db, provider, kind: "people", content, fileName: "bad.csv", actor: { label: "test" } });
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column])).toEqual([[2, "hire_date"], [3, "email"], [4, "hire_date"]]);
  });

  it("names the spreadsheet's row, and the file's line, in an assessments file with multi-line notes", async () => {
    // Eight good rows, each with a two-line note, then an unknown employee:
    // a spreadsheet shows it on row 10, the file has it on line 18.
    const good = Array.from({ length: 8 }, (_, i) => `E0002,2030 R${i + 1},${GOOD_SCORES},low,,"Strong quarter.\nNeeds a stretch goal.",`);
    const content = [ASSESSMENTS_HEADER, ...good, `E9999,2030 R9,${GOOD_SCORES},low,,,`].join("\n");
    const result = await importCsv({ db: test.db, provider, kind: "assessments", content, fileName: "bad.csv", actor: { label: "test" } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.line, e.column])).toEqual([[10, 18, "employee_id"]]);
  });
});
