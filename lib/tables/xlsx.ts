import ExcelJS from "exceljs";
import { flattenRow, type CsvValue } from "@/lib/reports/flatten";
import { neutraliseFormula } from "./formula-safe";

// An export as an Excel workbook: the CSV's columns and rows (lib/tables/csv.ts)
// in one sheet, with typed cells — a YYYY-MM-DD value is a date, numbers and
// booleans stay numbers and booleans — a bold header row, the header frozen
// and an auto-filter over every column.

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function cellValue(value: CsvValue): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (typeof value !== "string") return value;
  // Midnight UTC is how Excel's day numbers map to instants in ExcelJS.
  if (ISO_DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  return neutraliseFormula(value);
}

export async function xlsxBuffer(rows: Iterable<object>, columns: readonly string[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((name) => ({ header: name, key: name, width: Math.max(12, name.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  const dateColumns = new Set<number>();
  for (const row of rows) {
    const flat = flattenRow(row);
    const added = sheet.addRow(columns.map((name) => cellValue(flat[name] ?? null)));
    added.eachCell((cell, index) => {
      if (cell.value instanceof Date) dateColumns.add(index);
    });
  }
  for (const index of dateColumns) sheet.getColumn(index).numFmt = "yyyy-mm-dd";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function xlsxResponse(rows: readonly object[], columns: readonly string[], fileName: string, sheetName: string): Promise<Response> {
  const body = await xlsxBuffer(rows, columns, sheetName);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Total-Rows": String(rows.length),
    },
  });
}

// ?format=xlsx on an export route; CSV otherwise.
export const wantsXlsx = (params: URLSearchParams) => params.get("format") === "xlsx";
