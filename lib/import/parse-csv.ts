import { CsvError, parse, type InfoRecord } from "csv-parse/sync";
import type { ImportError } from "@/lib/csv/results";

export interface CsvRecord {
  // The row a spreadsheet shows the record on: the header is row 1, and each
  // record and each blank line is one row, however many lines its cells span.
  row: number;
  // The line of the file where the record starts, when a multi-line cell
  // above it makes that differ from the row (a text editor's count).
  line?: number;
  // Trimmed cell texts, as many as the header has columns.
  cells: string[];
}

export type ParsedCsv =
  | { ok: true; delimiter: "," | ";"; header: string[]; records: CsvRecord[] }
  | { ok: false; errors: ImportError[] };

const SAVE_AS_UTF8 = 'save it from your spreadsheet as "CSV UTF-8"';

function fileError(message: string, row = 0, line?: number): ParsedCsv {
  return { ok: false, errors: [{ row, column: null, message, ...(line !== undefined && line !== row ? { line } : {}) }] };
}

// Bytes → text, refusing what is not UTF-8 text. Excel's plain "CSV" is
// Windows-1252, where é is an invalid UTF-8 byte: say how to fix it.
function decode(content: Buffer | string): { text: string } | { error: string } {
  if (typeof content === "string") {
    return content.includes("\u0000") ? { error: `the file is binary, not CSV text; ${SAVE_AS_UTF8}` } : { text: content };
  }
  if (content.includes(0)) return { error: `the file is binary, not CSV text (it contains NUL bytes); ${SAVE_AS_UTF8}` };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
  } catch {
    return { error: `the file is not UTF-8 text; ${SAVE_AS_UTF8}` };
  }
}

// The delimiter is whichever of ";" and "," the header line uses more, counting
// outside quotes; the header names themselves contain neither.
function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === "\n" && !quoted) break;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

// csv-parse counts lines as it goes; at each record, `lines` is the line where
// the record ends and `empty_lines` the blank lines skipped so far. So a record
// starts one line after the previous one ended, plus the blank lines between;
// and a spreadsheet, where a record is one row whatever line breaks its cells
// hold and a blank line is an empty row, shows it on row records-before + blank
// lines-before + 1.
interface Start {
  row: number;
  line: number;
}

function recordStarts(): {
  starts: Start[];
  onRecord: (record: string[], context: InfoRecord) => string[];
  // Where the record being read when parsing failed begins (blank lines aside).
  next: () => Start;
} {
  const starts: Start[] = [];
  let previousEnd = 0;
  let previousEmpty = 0;
  return {
    starts,
    onRecord(record, context) {
      starts.push({ row: starts.length + 1 + context.empty_lines, line: previousEnd + 1 + (context.empty_lines - previousEmpty) });
      previousEnd = context.lines;
      previousEmpty = context.empty_lines;
      return record;
    },
    next: () => ({ row: starts.length + 1 + previousEmpty, line: previousEnd + 1 }),
  };
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted value is never closed: a double quote is missing";
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
      return 'a double quote appears inside a value; quote the whole value and double the inner quote ("")';
    default:
      return `the file cannot be read as CSV: ${error.message}`;
  }
}

export function parseCsv(content: Buffer | string): ParsedCsv {
  const decoded = decode(content);
  if ("error" in decoded) return fileError(decoded.error);
  // One line-break style makes line numbers exact; CRLF inside a quoted value
  // becomes LF, which is how Baton stores multi-line text anyway.
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fileError("the file is empty");

  const delimiter = detectDelimiter(text);
  const lines = recordStarts();
  let parsed: string[][];
  try {
    parsed = parse(text, {
      delimiter,
      record_delimiter: "\n",
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: lines.onRecord,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const at = lines.next();
      return fileError(describeCsvError(error), at.row, at.line);
    }
    throw error;
  }

  const head = parsed[0];
  if (!head) return fileError("the file is empty");
  const header = head.map((name) => name.trim().toLowerCase());
  const records: CsvRecord[] = [];
  const errors: ImportError[] = [];
  for (let index = 1; index < parsed.length; index++) {
    const cells = (parsed[index] ?? []).map((cell) => cell.trim());
    // Spreadsheets leave rows of bare delimiters below the data.
    if (cells.every((cell) => cell === "")) continue;
    const start = lines.starts[index] ?? { row: 0, line: 0 };
    const { row } = start;
    const line = start.line !== row ? { line: start.line } : {};
    if (cells.length !== header.length) {
      errors.push({
        row,
        ...line,
        column: null,
        message: `the row has ${cells.length} values but the header has ${header.length} columns; a value containing "${delimiter}" must be in double quotes`,
      });
      continue;
    }
    records.push({ row, ...line, cells });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (records.length === 0) return fileError("the file has a header but no data rows", 1);
  return { ok: true, delimiter, header, records };
}
