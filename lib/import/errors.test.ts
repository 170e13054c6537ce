import { describe, expect, it } from "vitest";
import { ErrorList, formatImportErrors, formatImportSummary, MAX_REPORTED_ERRORS } from "./errors";

describe("import errors", () => {
  it("read as one line each: row, column, what to fix", () => {
    expect(
      formatImportErrors({
        errors: [
          { row: 14, column: "level", message: 'unknown level "L9" (known: L1, L2, L3, L4, L5)' },
          { row: 1, column: null, message: "missing required column: email" },
          { row: 0, column: null, message: "the file is empty" },
        ],
        errorCount: 3,
      }),
    ).toEqual([
      'row 14, column level: unknown level "L9" (known: L1, L2, L3, L4, L5)',
      "row 1: missing required column: email",
      "file: the file is empty",
    ]);
  });

  it("come in file order, capped, with the total kept", () => {
    const list = new ErrorList();
    for (let row = 500; row > 1; row--) list.add(row, "email", "bad");
    const reported = list.reported();
    expect(reported).toHaveLength(MAX_REPORTED_ERRORS);
    expect(reported[0]?.row).toBe(2);
    expect(list.count).toBe(499);
    expect(formatImportErrors({ errors: reported, errorCount: list.count }).at(-1)).toBe("… and 299 more errors");
  });
});

describe("the file line beside the row", () => {
  it("is added to an error on a row whose record starts on another line, and said in the message", () => {
    const list = new ErrorList();
    list.atLines([{ row: 2 }, { row: 10, line: 12 }]);
    list.add(10, "manager_id", 'manager "E9" is not in the file');
    list.add(2, "email", "not an email");
    const [first, second] = list.reported();
    expect(first).toEqual({ row: 2, column: "email", message: "not an email" });
    expect(second).toMatchObject({ row: 10, line: 12 });
    expect(formatImportErrors({ errors: [second!], errorCount: 1 })).toEqual(['row 10 (line 12 of the file), column manager_id: manager "E9" is not in the file']);
  });
});

describe("import summary", () => {
  const base = { ok: true as const, kind: "people" as const, fileName: "people.csv", rowCount: 3, preview: [] };

  it("lists the counts of each entity the file touched", () => {
    const lines = formatImportSummary({
      ...base,
      hasChanges: true,
      applied: true,
      summary: { people: { created: 2, updated: 1, unchanged: 0 }, orgUnits: { created: 1, updated: 0, unchanged: 0 } },
    });
    expect(lines[0]).toBe("people.csv: 3 people rows, applied");
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/))).toEqual([
      ["people", "2", "created", "1", "updated", "0", "unchanged"],
      ["org", "units", "1", "created", "0", "updated", "0", "unchanged"],
    ]);
  });

  it("says when nothing was written", () => {
    expect(formatImportSummary({ ...base, hasChanges: true, applied: false, summary: {} })[0]).toMatch(/dry run, nothing written$/);
    expect(formatImportSummary({ ...base, hasChanges: false, applied: false, summary: {} })[0]).toMatch(/nothing to change$/);
  });
});
