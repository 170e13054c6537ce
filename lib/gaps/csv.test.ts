import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { GapRow } from "@/lib/domain";
import { flattenRow } from "@/lib/reports/flatten";
import { GAP_CSV_COLUMNS, gapCsvChunks, gapCsvColumns } from "./csv";

const row = (positionId: string, extra: Partial<GapRow> = {}): GapRow => ({
  positionId,
  title: "Head of Platform, Europe",
  orgUnitPath: "Engineering/Platform",
  level: "L4",
  critical: true,
  impactOfLoss: "high",
  incumbentEmployeeId: "E1",
  retirementDate: "2027-06-30",
  retirementSource: "planned",
  vacancyRisk: "high",
  successors: { readyNow: 0, readyIn1to2Years: 1, readyIn3PlusYears: 2 },
  benchStrength: "moderate",
  flags: ["retirement-uncovered", "stuck-incumbent"],
  risk: 63,
  ...extra,
});

describe("gap report CSV", () => {
  it("names its columns exactly as the flattened report row (and so as the CLI)", () => {
    expect(Object.keys(flattenRow(row("P-1")))).toEqual([...GAP_CSV_COLUMNS]);
  });

  it("streams a header and every row, in chunks, that parse back to the same values", () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(`P-${i}`, { incumbentEmployeeId: i % 2 ? null : `E${i}` }));
    const chunks = [...gapCsvChunks(rows, gapCsvColumns(true), 10)];
    expect(chunks).toHaveLength(4); // header + 10 + 10 + 5
    const parsed = parse(chunks.join(""), { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(25);
    expect(parsed[0]).toMatchObject({
      position_id: "P-0",
      title: "Head of Platform, Europe",
      critical: "true",
      successors_ready_in_3_plus_years: "2",
      flags: "retirement-uncovered;stuck-incumbent",
      risk: "63",
    });
    expect(parsed[1]?.incumbent_employee_id).toBe("");
  });

  it("still writes the header when nothing matches", () => {
    expect([...gapCsvChunks([], gapCsvColumns(true))].join("")).toBe(`${GAP_CSV_COLUMNS.join(",")}\n`);
  });

  it("leaves the retirement columns out for viewers who may not see them", () => {
    const { retirementDate: _d, retirementSource: _s, ...rest } = row("P-1");
    const text = [...gapCsvChunks([rest], gapCsvColumns(false))].join("");
    const [header] = text.split("\n");
    expect(header).not.toContain("retirement");
    expect(parse(text, { columns: true })).toHaveLength(1);
  });
});
