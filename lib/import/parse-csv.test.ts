import { describe, expect, it } from "vitest";
import { parseCsv, type ParsedCsv } from "./parse-csv";

function parsed(content: Buffer | string) {
  const result = parseCsv(content);
  if (!result.ok) throw new Error(`expected the file to parse: ${JSON.stringify(result.errors)}`);
  return result;
}

function refused(content: Buffer | string) {
  const result: ParsedCsv = parseCsv(content);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
}

describe("parseCsv", () => {
  it("reads a plain comma file, trimming cells and lower-casing header names", () => {
    const file = parsed("Employee_ID , NAME\nE1, Ada \nE2,Bob\n");
    expect(file.delimiter).toBe(",");
    expect(file.header).toEqual(["employee_id", "name"]);
    expect(file.records).toEqual([
      { row: 2, cells: ["E1", "Ada"] },
      { row: 3, cells: ["E2", "Bob"] },
    ]);
  });

  it("strips a UTF-8 byte-order mark, from bytes and from text", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("employee_id,name\nE1,Zoë\n")]);
    expect(parsed(bytes).header).toEqual(["employee_id", "name"]);
    expect(parsed(bytes).records[0]?.cells).toEqual(["E1", "Zoë"]);
    expect(parsed("\uFEFFemployee_id,name\nE1,Ada").header[0]).toBe("employee_id");
  });

  it("detects semicolons from the header, keeping commas inside values", () => {
    const file = parsed("employee_id;name;title\nE1;Bob, Jr.;VP, Sales\n");
    expect(file.delimiter).toBe(";");
    expect(file.records[0]?.cells).toEqual(["E1", "Bob, Jr.", "VP, Sales"]);
  });

  it("takes CRLF line ends and leaves no carriage return in any value", () => {
    const file = parsed("a,b\r\n1,2\r\n3,4\r\n");
    expect(file.records).toEqual([
      { row: 2, cells: ["1", "2"] },
      { row: 3, cells: ["3", "4"] },
    ]);
  });

  it("reads quoted commas, doubled quotes and line breaks inside a value", () => {
    const file = parsed('a,b\r\n1,"x, ""quoted""\r\nand more"\r\n2,y\r\n');
    expect(file.records[0]?.cells).toEqual(["1", 'x, "quoted"\nand more']);
  });

  it("numbers a record by the row a spreadsheet shows, and by the file line where it starts when that differs", () => {
    // A spreadsheet shows: row 1 header, 2 the first record, 3 blank, 4 the
    // second, 5 and 6 blank, 7 the third.
    const file = parsed('a,b\n1,"two\nlines"\n\n2,"three\nline\nvalue"\n\n\n3,z\n,\n');
    expect(file.records.map((r) => [r.row, r.line])).toEqual([
      [2, undefined],
      [4, 5],
      [7, 10],
    ]);
  });

  it("names the spreadsheet row of an assessments file whose notes hold line breaks", () => {
    const note = (i: number) => (i % 2 === 0 ? `"Strong quarter.\nNeeds a stretch goal."` : "steady");
    const rows = Array.from({ length: 10 }, (_, i) => `E${i},2026 H2,${note(i)}`);
    const file = parsed(["employee_id,cycle,notes", ...rows].join("\n"));
    const tenth = file.records[8]!; // the row Excel shows as 10
    expect(tenth.cells[0]).toBe("E8");
    expect(tenth.row).toBe(10);
    expect(tenth.line).toBe(14); // four notes above it span two lines each
    expect(file.records[0]).toEqual({ row: 2, cells: ["E0", "2026 H2", "Strong quarter.\nNeeds a stretch goal."] });
  });

  it("gives the spreadsheet row and the file line of a row with too many values", () => {
    const errors = refused('a,b\n1,"x\ny"\n2,3,4\n');
    expect(errors).toEqual([expect.objectContaining({ row: 3, line: 4 })]);
  });

  it("skips rows of bare delimiters that spreadsheets leave below the data", () => {
    expect(parsed("a,b\n1,2\n,\n , \n   \n").records).toHaveLength(1);
  });

  it.each([
    ["an empty file", ""],
    ["whitespace only", "  \n\r\n "],
    ["a byte-order mark only", "\uFEFF"],
  ])("refuses %s", (_, content) => {
    expect(refused(content)).toEqual([{ row: 0, column: null, message: "the file is empty" }]);
  });

  it("refuses a header without data rows", () => {
    expect(refused("a,b\n\n")[0]).toMatchObject({ row: 1, message: "the file has a header but no data rows" });
  });

  it("refuses binary content: NUL bytes", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
    expect(refused(zip)[0]?.message).toMatch(/binary, not CSV text/);
  });

  it("refuses text that is not UTF-8 and says how to save it", () => {
    const latin1 = Buffer.from("name\nZo\xeb\n", "latin1");
    const [error] = refused(latin1);
    expect(error).toMatchObject({ row: 0, column: null });
    expect(error?.message).toMatch(/not UTF-8.*CSV UTF-8/);
  });

  it("refuses an unclosed quote, naming the row where the value starts", () => {
    const [error] = refused('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(error).toMatchObject({ row: 3, column: null });
    expect(error?.message).toMatch(/never closed/);
  });

  it("refuses rows with more or fewer values than the header has columns", () => {
    expect(refused("a,b\n1,2,3\n4,5\n6\n")).toEqual([
      expect.objectContaining({ row: 2, message: expect.stringMatching(/3 values but the header has 2 columns/) }),
      expect.objectContaining({ row: 4, message: expect.stringMatching(/1 values but the header has 2 columns/) }),
    ]);
  });
});
