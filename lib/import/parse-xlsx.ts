import ExcelJS from "exceljs";
import type { CsvRecord, ParsedCsv } from "./parse-csv";
import type { ImportError } from "@/lib/csv/results";

// An .xlsx workbook read as the same header + records a CSV gives, so every
// rule after parsing is the CSV's (docs/import.md, "Excel workbooks"). Row
// numbers are the sheet's, as Excel shows them.

export type ParsedSheet = (Extract<ParsedCsv, { ok: true }> & { sheet: string; letters: Map<string, string> }) | { ok: false; errors: ImportError[] };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

// An .xlsx is a zip; no CSV starts with these bytes.
export const isXlsx = (content: Buffer | string): content is Buffer =>
  typeof content !== "string" && content.subarray(0, 4).equals(ZIP_MAGIC);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

// Excel stores a date as a day number that ExcelJS turns into a UTC instant;
// what the person typed is that instant's UTC calendar day.
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDay(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return String(value.text);
  return "";
}

const fileError = (message: string, sheet?: string): ParsedSheet => ({ ok: false, errors: [{ row: 0, column: null, message, ...(sheet ? { sheet } : {}) }] });

export async function parseXlsx(content: Buffer, sheetName?: string): Promise<ParsedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return fileError("the file is not an Excel workbook (.xlsx) that can be read; save it again from your spreadsheet");
  }
  const names = workbook.worksheets.map((sheet) => sheet.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!worksheet) {
    return fileError(sheetName === undefined ? "the workbook has no sheet" : `the workbook has no sheet "${sheetName}"; its sheets: ${names.join(", ")}`);
  }
  const sheet = worksheet.name;
  const rows: { row: number; cells: string[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    // values[0] is empty: ExcelJS numbers columns from 1, like A=1.
    rows.push({ row: rowNumber, cells: values.slice(1).map((value) => cellText(value).trim()) });
  });
  const head = rows.find((row) => row.cells.some((cell) => cell !== ""));
  if (!head) return fileError("the sheet is empty", sheet);
  let width = head.cells.length;
  while (width > 0 && head.cells[width - 1] === "") width--;
  const header = head.cells.slice(0, width).map((name) => name.toLowerCase());
  const letters = new Map(header.map((name, index) => [name, worksheet.getColumn(index + 1).letter]));
  const records: CsvRecord[] = [];
  const errors: ImportError[] = [];
  for (const { row, cells } of rows) {
    if (row <= head.row) continue;
    if (cells.every((cell) => cell === "")) continue;
    const beyond = cells.findIndex((cell, index) => index >= width && cell !== "");
    if (beyond >= 0) {
      errors.push({ row, column: null, sheet, message: `column ${worksheet.getColumn(beyond + 1).letter} has a value but no header` });
      continue;
    }
    records.push({ row, cells: Array.from({ length: width }, (_, index) => cells[index] ?? "") });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (records.length === 0) return { ok: false, errors: [{ row: head.row, column: null, sheet, message: "the sheet has a header but no data rows" }] };
  return { ok: true, delimiter: ",", header, records, sheet, letters };
}
