import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { ASSESSMENT_COLUMNS, NOMINATION_COLUMNS, PEOPLE_COLUMNS, POSITIONS_COLUMNS, generateDemoOrganization } from "./generate";

// The generator's rows are meant to be written with an ordinary CSV writer
// and read back unchanged, commas, quotes, line breaks and accents included.

describe("demo rows through CSV", () => {
  const demo = generateDemoOrganization({ people: 400 });
  const files = [
    ["people", demo.people, PEOPLE_COLUMNS],
    ["positions", demo.positions, POSITIONS_COLUMNS],
    ["assessments", demo.assessments, ASSESSMENT_COLUMNS],
    ["nominations", demo.nominations, NOMINATION_COLUMNS],
  ] as const;

  it.each(files)("%s survive a write and a read", (_kind, rows, columns) => {
    const text = stringify(rows, { header: true, columns: [...columns] });
    const back: unknown = parse(text, { columns: true, skip_empty_lines: true });
    expect(back).toEqual(rows);
  });
});
