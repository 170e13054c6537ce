import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { formatImportErrors, importCsv } from "./index";
import { PEOPLE_CSV, PEOPLE_HEADER } from "./test-files";

const providers = await providersUnderTest();

// A workbook as a spreadsheet saves one: typed cells (dates as dates, years
// and scores as numbers, booleans), a title sheet before the data, a styled
// header, blank rows, a formula.
async function peopleWorkbook(edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Read me").getCell("A1").value = "HRIS export";
  const sheet = workbook.addWorksheet("People");
  sheet.addRow(PEOPLE_HEADER.split(",").map((name) => name.toUpperCase())).font = { bold: true };
  for (const line of PEOPLE_CSV.split("\n").slice(1)) {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, 16).map((cell) => cell.replace(/,$/, "").replace(/^"|"$/g, ""));
    const typed: ExcelJS.CellValue[] = cells.map((cell, index) => {
      if (cell === "") return null;
      if ([7, 8, 9, 10].includes(index)) return new Date(`${cell}T00:00:00Z`);
      if (index === 11) return Number(cell);
      if (index === 14) return ["yes", "true"].includes(cell);
      return cell;
    });
    sheet.addRow(typed);
  }
  sheet.addRow([]);
  sheet.getCell("L4").value = { formula: "1960+8", result: 1968 };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(providers)("Excel import on %s", (provider) => {
  let test: TestDatabase;
  const run = (content: Buffer, sheet?: string) =>
    importCsv({ db: test.db, provider, kind: "people", content, fileName: "people.xlsx", sheet, actor: { label: "test" } });

  beforeAll(async () => {
    test = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("imports a named sheet of typed cells exactly as the CSV, and the same workbook again changes nothing", async () => {
    const first = await run(await peopleWorkbook(), "People");
    if (!first.ok) throw new Error(formatImportErrors(first).join("\n"));
    expect(first.summary.people).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(await test.db.person.findUniqueOrThrow({ where: { employeeId: "E0002" } })).toMatchObject({
      name: "Bob, Jr.", birthYear: 1968, hireDate: "2005-03-01", retirementEligibilityDate: "2030-01-01",
    });
    const csv = await run(Buffer.from(PEOPLE_CSV));
    expect(csv).toMatchObject({ ok: true, hasChanges: false });
    expect(await run(await peopleWorkbook(), "People")).toMatchObject({ ok: true, hasChanges: false });
  });

  it("names sheet, row and column as Excel shows them, and writes nothing", async () => {
    const before = await dumpContent(test.db);
    const bad = await peopleWorkbook((sheet) => {
      sheet.getCell("C3").value = "not-an-email";
      sheet.getCell("H5").value = "soon";
    });
    const result = await run(bad, "People");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatImportErrors(result)).toEqual([
      expect.stringMatching(/^sheet People, row 3, column C \(email\): /),
      expect.stringMatching(/^sheet People, row 5, column H \(hire_date\): /),
    ]);
    const first = await run(await peopleWorkbook());
    expect(first.ok).toBe(false);
    expect(!first.ok && formatImportErrors(first)[0]).toMatch(/^sheet Read me, /);
    const missing = await run(await peopleWorkbook(), "Staff");
    expect(!missing.ok && missing.errors[0]!.message).toBe('the workbook has no sheet "Staff"; its sheets: Read me, People');
    expect(await dumpContent(test.db)).toEqual(before);
  });
});
