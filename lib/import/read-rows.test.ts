import { describe, expect, it } from "vitest";
import { csvColumns, type ImportKind } from "@/lib/csv/rows";
import { ErrorList } from "./errors";
import { parseCsv } from "./parse-csv";
import { checkHeader, readRows } from "./read-rows";

const PEOPLE_HEADER = "employee_id,name,email,title,org_unit_path,level";
const ASSESSMENT_HEADER =
  "employee_id,cycle,performance,potential,mgmt_planning,mgmt_organizing,mgmt_controlling,mgmt_problem_solving," +
  "lead_direction,lead_alignment,lead_inspiration,lead_change,leadership_time_pct,flight_risk";
const GOOD_ASSESSMENT = "E1,2026 H2,3,2,4,4,5,4,2,2,3,2,30,medium";

// Runs a file through the header check and the row schemas of its kind.
function read<K extends ImportKind>(kind: K, content: string) {
  const parsed = parseCsv(content);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const errors = new ErrorList();
  const headerOk = checkHeader(kind, parsed.header, errors);
  const rows = headerOk ? readRows(kind, parsed.header, parsed.records, errors) : [];
  return { rows, errors: errors.reported() };
}

describe("CSV headers", () => {
  it("name the columns of SPEC §6, with the optional ones apart", () => {
    expect(csvColumns("nominations")).toEqual({
      required: ["position_id", "candidate_employee_id", "readiness"],
      optional: ["status", "emergency", "nominated_by_employee_id", "rationale"],
    });
    expect(csvColumns("assessments").optional).toContain("cycle_date");
  });

  it("accept any letter case", () => {
    expect(read("people", "EMPLOYEE_ID,Name,EMail,title,Org_Unit_Path,LEVEL\nE1,Ada,ada@x.io,CEO,Acme,L5\n").errors).toEqual([]);
  });

  it("refuse unknown columns, naming them and listing the known ones", () => {
    const { errors } = read("people", `${PEOPLE_HEADER},salary,shoe size\nE1,Ada,ada@x.io,CEO,Acme,L5,1,2\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 1, column: null });
    expect(errors[0]?.message).toMatch(/^unknown columns "salary", "shoe size" in a people file; the columns are: employee_id, name/);
  });

  it("refuse missing required columns, naming them", () => {
    const { errors } = read("people", "employee_id,name,title,org_unit_path\nE1,Ada,CEO,Acme\n");
    expect(errors).toEqual([{ row: 1, column: null, message: "missing required columns: email, level" }]);
  });

  it("refuse a column given twice", () => {
    const { errors } = read("people", `${PEOPLE_HEADER},Name\nE1,Ada,ada@x.io,CEO,Acme,L5,Ada\n`);
    expect(errors).toEqual([{ row: 1, column: "name", message: 'column "name" appears twice in the header' }]);
  });
});

describe("people rows", () => {
  it("give null for an empty optional cell and leave an absent column undefined", () => {
    const { rows, errors } = read("people", `${PEOPLE_HEADER},location,critical\nE1,Ada,ada@x.io,CEO, Acme / Sales ,L5,,YES\n`);
    expect(errors).toEqual([]);
    expect(rows[0]?.row).toBe(2);
    expect(rows[0]?.data).toMatchObject({ org_unit_path: "Acme/Sales", location: null, critical: true });
    expect(rows[0]?.data.hire_date).toBeUndefined();
  });

  it.each([
    ["true", true], ["Yes", true], ["1", true], ["FALSE", false], ["no", false], ["0", false],
  ])("read the boolean %s", (cell, value) => {
    expect(read("people", `${PEOPLE_HEADER},critical\nE1,Ada,ada@x.io,CEO,Acme,L5,${cell}\n`).rows[0]?.data.critical).toBe(value);
  });

  it.each([
    ["name", "E1,,ada@x.io,CEO,Acme,L5", "the cell is empty; a value is required"],
    ["email", "E1,Ada,ada@,CEO,Acme,L5", '"ada@" is not a valid email address'],
    ["email", "E1,Ada,ada at x.io,CEO,Acme,L5", '"ada at x.io" is not a valid email address'],
    ["org_unit_path", "E1,Ada,ada@x.io,CEO,Acme//Sales,L5", '"Acme//Sales" has an empty part; write the path as Division/Department/Team'],
    ["org_unit_path", "E1,Ada,ada@x.io,CEO,/Acme,L5", '"/Acme" has an empty part; write the path as Division/Department/Team'],
  ])("refuse a bad %s: %s", (column, line, message) => {
    expect(read("people", `${PEOPLE_HEADER}\n${line}\n`).errors).toEqual([{ row: 2, column, message }]);
  });

  it.each([
    ["2026-02-30", '"2026-02-30" is not a real calendar date'],
    ["2023-02-29", '"2023-02-29" is not a real calendar date'],
    ["2026-13-01", '"2026-13-01" is not a real calendar date'],
    ["30/01/2026", 'must be a date written YYYY-MM-DD (got "30/01/2026")'],
    ["2026-1-5", 'must be a date written YYYY-MM-DD (got "2026-1-5")'],
  ])("refuse the date %s", (date, message) => {
    const { errors } = read("people", `${PEOPLE_HEADER},hire_date\nE1,Ada,ada@x.io,CEO,Acme,L5,${date}\n`);
    expect(errors).toEqual([{ row: 2, column: "hire_date", message }]);
  });

  it("accept a leap day in a leap year", () => {
    expect(read("people", `${PEOPLE_HEADER},hire_date\nE1,Ada,ada@x.io,CEO,Acme,L5,2024-02-29\n`).errors).toEqual([]);
  });

  it("refuse a boolean, an impact or a birth year they cannot read", () => {
    const { errors } = read("people", `${PEOPLE_HEADER},critical,impact_of_loss,birth_year\nE1,Ada,ada@x.io,CEO,Acme,L5,maybe,huge,1850\n`);
    expect(errors).toEqual([
      { row: 2, column: "birth_year", message: `must be a whole number from 1900 to ${new Date().getFullYear()} (got "1850")` },
      { row: 2, column: "critical", message: 'must be true/false, yes/no or 1/0 (got "maybe")' },
      { row: 2, column: "impact_of_loss", message: 'unknown impact of loss "huge" (expected low, medium or high)' },
    ]);
  });

  it("report every bad row, each with its own row number", () => {
    const { errors } = read("people", `${PEOPLE_HEADER}\nE1,Ada,bad,CEO,Acme,L5\nE2,Bob,bob@x.io,VP,Acme,L4\n"E3",Cy,"multi\nline",CTO,Acme,L4\nE4,,x,CTO,Acme,L4\n`);
    // E4 is on row 5 of a spreadsheet, line 6 of the file: E3's email spans two lines.
    expect(errors.map((e) => [e.row, e.line, e.column])).toEqual([
      [2, undefined, "email"],
      [4, undefined, "email"],
      [5, 6, "name"],
      [5, 6, "email"],
    ]);
  });
});

describe("assessment rows", () => {
  it("read scores as numbers and flight risk in any case", () => {
    const { rows, errors } = read("assessments", `${ASSESSMENT_HEADER}\nE1,2026 H2,3,2,4,4,5,4,2,2,3,2,30,MEDIUM\n`);
    expect(errors).toEqual([]);
    expect(rows[0]?.data).toMatchObject({ performance: 3, potential: 2, lead_change: 2, leadership_time_pct: 30, flight_risk: "medium" });
  });

  it.each([
    ["performance", "E1,2026 H2,4,2,4,4,5,4,2,2,3,2,30,low", 'must be a whole number from 1 to 3 (got "4")'],
    ["potential", "E1,2026 H2,3,0,4,4,5,4,2,2,3,2,30,low", 'must be a whole number from 1 to 3 (got "0")'],
    ["mgmt_planning", "E1,2026 H2,3,2,6,4,5,4,2,2,3,2,30,low", 'must be a whole number from 1 to 5 (got "6")'],
    ["lead_change", "E1,2026 H2,3,2,4,4,5,4,2,2,3,2.5,30,low", 'must be a whole number from 1 to 5 (got "2.5")'],
    ["leadership_time_pct", "E1,2026 H2,3,2,4,4,5,4,2,2,3,2,101,low", 'must be a whole number from 0 to 100 (got "101")'],
    ["leadership_time_pct", "E1,2026 H2,3,2,4,4,5,4,2,2,3,2,-1,low", 'must be a whole number from 0 to 100 (got "-1")'],
    ["flight_risk", "E1,2026 H2,3,2,4,4,5,4,2,2,3,2,30,extreme", 'unknown flight risk "extreme" (expected low, medium or high)'],
    ["mgmt_organizing", "E1,2026 H2,3,2,4,,5,4,2,2,3,2,30,low", "the cell is empty; a value is required"],
  ])("refuse a bad %s", (column, line, message) => {
    expect(read("assessments", `${ASSESSMENT_HEADER}\n${line}\n`).errors).toEqual([{ row: 2, column, message }]);
  });

  it("accept the edges of every range", () => {
    expect(read("assessments", `${ASSESSMENT_HEADER}\nE1,C,1,3,1,5,1,5,1,5,1,5,0,low\nE2,C,3,1,5,1,5,1,5,1,5,1,100,high\n`).errors).toEqual([]);
  });

  it("take an optional cycle date and check it", () => {
    const { rows } = read("assessments", `${ASSESSMENT_HEADER},cycle_date\n${GOOD_ASSESSMENT},2026-06-30\n`);
    expect(rows[0]?.data.cycle_date).toBe("2026-06-30");
    const { errors } = read("assessments", `${ASSESSMENT_HEADER},cycle_date\n${GOOD_ASSESSMENT},2026-06-31\n`);
    expect(errors).toEqual([{ row: 2, column: "cycle_date", message: '"2026-06-31" is not a real calendar date' }]);
  });
});

describe("nomination rows", () => {
  const header = "position_id,candidate_employee_id,readiness,status,emergency";

  it("read readiness, status and the emergency flag", () => {
    const { rows } = read("nominations", `${header}\nP-1,E2,Ready_Now,APPROVED,yes\nP-1,E3,3_plus_years,,\n`);
    expect(rows.map((r) => r.data)).toEqual([
      { position_id: "P-1", candidate_employee_id: "E2", readiness: "ready_now", status: "approved", emergency: true },
      { position_id: "P-1", candidate_employee_id: "E3", readiness: "3_plus_years", status: null, emergency: null },
    ]);
  });

  it("refuse a readiness or status outside the lists", () => {
    const { errors } = read("nominations", `${header}\nP-1,E2,soon,withdrawn,no\n`);
    expect(errors).toEqual([
      { row: 2, column: "readiness", message: 'unknown readiness "soon" (expected ready_now, 1_2_years or 3_plus_years)' },
      { row: 2, column: "status", message: 'unknown status "withdrawn" (expected proposed, approved or declined)' },
    ]);
  });
});
