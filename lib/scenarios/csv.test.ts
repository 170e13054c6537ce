import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ChainNode } from "@/lib/server/views/scenario-page";
import { csvChunks } from "@/lib/tables/csv";
import { SCENARIO_CSV_COLUMNS, scenarioCsvRows } from "./csv";

const seat = (positionId: string, title: string) => ({ positionId, title, level: "L4", levelName: "Director", orgUnitPath: "Co" });
const person = (employeeId: string, name: string) => ({ employeeId, name });

// A leaver's seat filled by someone whose own seat stays unfilled; the names
// are planted formulas, as an HRIS file could carry them.
const chain: ChainNode = {
  seat: seat("P-1", "=HYPERLINK(\"http://evil\")"),
  vacatedBy: person("E1", "@Leaver"),
  depth: 1,
  step: 1,
  mover: { person: person("E2", "+Mover"), fromLevel: "L3", fromLevelName: "Manager", scoreName: "leadership" },
  unfilled: null,
  next: [
    {
      seat: seat("P-2", "Seat two"),
      vacatedBy: person("E2", "+Mover"),
      depth: 2,
      step: null,
      mover: null,
      unfilled: { reason: "all-moved-or-leaving", blocked: [{ person: person("E3", "Three"), why: "leaving" }] },
      next: [],
    },
  ],
};

describe("scenarioCsvRows", () => {
  it("writes every decided seat in chain order, formula-safe", () => {
    const text = [...csvChunks(scenarioCsvRows({ chains: [chain] }), SCENARIO_CSV_COLUMNS)].join("");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...SCENARIO_CSV_COLUMNS]);
    expect(rows.map((r) => [r.outcome, r.step, r.depth, r.position_id, r.filled_by, r.reason, r.blocked])).toEqual([
      ["move", "1", "1", "P-1", "E2", "", ""],
      ["unfilled", "", "2", "P-2", "", "all-moved-or-leaving", "E3:leaving"],
    ]);
    expect([rows[0]!.position_title, rows[0]!.vacated_by_name, rows[0]!.filled_by_name]).toEqual(["'=HYPERLINK(\"http://evil\")", "'@Leaver", "'+Mover"]);
  });
});
