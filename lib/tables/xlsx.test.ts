import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./formula-safe";
import { xlsxBuffer } from "./xlsx";

describe("xlsx export", () => {
  it("reads back with typed columns, a frozen header, an auto-filter and formulas kept as text", async () => {
    const rows = [
      { positionId: "P-1", hireDate: "2020-03-01", risk: 72, critical: true, flags: ["no-successor", "single-point"], note: "=HYPERLINK(\"x\")" },
      { positionId: "P-2", hireDate: null, risk: 5, critical: false, flags: [], note: "+1 555" },
    ];
    const columns = ["position_id", "hire_date", "risk", "critical", "flags", "note"];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBuffer(rows, columns, "Gaps")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Gaps")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:F3");
    expect(sheet.getCell("B2").value).toEqual(new Date("2020-03-01T00:00:00Z"));
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("B3").value).toBeNull();
    expect(sheet.getCell("C2").value).toBe(72);
    expect(sheet.getCell("D3").value).toBe(false);
    expect(sheet.getCell("E2").value).toBe("no-successor;single-point");
    expect(sheet.getCell("F2").value).toBe("'=HYPERLINK(\"x\")");
    expect(sheet.getCell("F3").value).toBe("'+1 555");
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
  });

  it("neutralises exactly the formula starts OWASP names", () => {
    expect(["=1", "+1", "-1", "@SUM", "\t=1", "\r=1", "a=1", "", "1-2"].map(neutraliseFormula)).toEqual(["'=1", "'+1", "'-1", "'@SUM", "'\t=1", "'\r=1", "a=1", "", "1-2"]);
  });
});
