import { describe, expect, it } from "vitest";
import { ZTeamQuery } from "@/lib/schemas/team";
import { teamPage, type TeamTableRow } from "./table";

const row = (employeeId: string, name: string, mgmtScore: number | null, assessment: TeamTableRow["assessment"], title = "Engineer"): TeamTableRow => ({
  employeeId, name, title, mgmtScore, leadScore: null, assessment,
});
const ROWS = [row("E3", "Cleo", 62.5, "submitted"), row("E1", "Ana", null, null, "Sales lead"), row("E2", "Bo", 40, "draft"), row("E4", "Dev", 75, null)];
const page = (query: Record<string, string>) => teamPage(ROWS, ZTeamQuery.parse(query));

describe("teamPage", () => {
  it("sorts by name by default, and by score with the unassessed last either way", () => {
    expect(page({}).rows.map((r) => r.name)).toEqual(["Ana", "Bo", "Cleo", "Dev"]);
    expect(page({ sort: "-mgmtScore" }).rows.map((r) => r.employeeId)).toEqual(["E4", "E3", "E2", "E1"]);
    expect(page({ sort: "mgmtScore" }).rows.map((r) => r.employeeId)).toEqual(["E2", "E3", "E4", "E1"]);
    expect(page({ sort: "assessment" }).rows.map((r) => r.employeeId)).toEqual(["E1", "E4", "E2", "E3"]);
  });

  it("filters by search and by the open cycle's status", () => {
    expect(page({ q: "sales" }).rows.map((r) => r.employeeId)).toEqual(["E1"]);
    expect(page({ q: "e3" }).rows.map((r) => r.employeeId)).toEqual(["E3"]);
    expect(page({ status: "none" }).rows.map((r) => r.employeeId)).toEqual(["E1", "E4"]);
    expect(page({ status: "draft" }).total).toBe(1);
  });

  it("pages, and a page past the end shows the last one", () => {
    expect(page({ pageSize: "3", page: "2" })).toMatchObject({ total: 4, page: 2, rows: [{ name: "Dev" }] });
    expect(page({ pageSize: "3", page: "9" }).page).toBe(2);
  });

  it("refuses an unknown sort or status", () => {
    expect(ZTeamQuery.safeParse({ sort: "salary" }).success).toBe(false);
    expect(ZTeamQuery.safeParse({ status: "late" }).success).toBe(false);
  });
});
