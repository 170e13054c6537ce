// CSV files for the import tests: a five-person company, and a generator for
// large organizations. Test support only; nothing in the app imports this.

export const PEOPLE_HEADER =
  "employee_id,name,email,title,org_unit_path,manager_employee_id,level,hire_date,role_start_date," +
  "planned_retirement_date,retirement_eligibility_date,birth_year,location,position_id,critical,impact_of_loss";

// Reports come before their managers on purpose: writes must still put
// managers first.
export const PEOPLE_CSV = [
  PEOPLE_HEADER,
  "E0003,Cy Chen,cy@acme.test,Platform manager,Acme/Engineering/Platform,E0002,L2,2015-03-01,2020-01-01,,,1980,Lyon,,,",
  "E0001,Ada Boss,ada@acme.test,CEO,Acme,,L5,2000-01-01,2010-01-01,2027-06-30,,1960,Berlin,CEO-1,yes,high",
  'E0002,"Bob, Jr.",bob@acme.test,VP Engineering,Acme/Engineering,E0001,L4,2005-03-01,2015-01-01,,2030-01-01,1968,Paris,,true,',
  'E0004,Di Diaz,di@acme.test,Engineer,Acme/Engineering/Platform,E0003,L1,2019-03-01,2019-03-01,,,,"Lyon, Office 2",,no,low',
  "E0005,Eve Ek,eve@acme.test,Engineer,Acme/Engineering/Platform,E0003,L1,2021-03-01,2021-03-01,,,,,,,",
].join("\n");

// Semicolons, CRLF and a byte-order mark, as Excel writes them in much of Europe.
export const POSITIONS_CSV =
  "\uFEFF" +
  [
    "Position_ID;Title;Org_Unit_Path;Level;Incumbent_Employee_ID;Critical;Impact_of_Loss",
    "P-VAC;CTO;Acme/Engineering/Office;L4;;yes;high",
    "P-E0003;Head of Platform;Acme/Engineering/Platform;L3;E0003;;",
  ].join("\r\n") +
  "\r\n";

export const ASSESSMENTS_HEADER =
  "employee_id,cycle,performance,potential,mgmt_planning,mgmt_organizing,mgmt_controlling,mgmt_problem_solving," +
  "lead_direction,lead_alignment,lead_inspiration,lead_change,leadership_time_pct,flight_risk,assessor_employee_id,notes,cycle_date";

export const ASSESSMENTS_CSV = [
  ASSESSMENTS_HEADER,
  'E0002,2026 H2,3,2,4,4,5,4,2,2,3,2,30,Medium,E0001,"Runs the ""machine"";\nrarely delegates",2026-10-01',
  "E0003,2026 H2,2,3,3,3,3,3,4,4,4,4,55,low,E0002,,",
  "E0004,2026 H1,2,2,3,3,3,3,2,2,2,2,10,HIGH,,,",
].join("\n");

export const NOMINATIONS_HEADER = "position_id,candidate_employee_id,readiness,status,emergency,nominated_by_employee_id,rationale";

export const NOMINATIONS_CSV = [
  NOMINATIONS_HEADER,
  "P-E0002,E0003,ready_now,approved,yes,E0001,Runs platform alone",
  "CEO-1,E0002,1_2_years,,,E0001,",
].join("\n");

// A company of `count` people: every manager has seven reports, org units
// follow the tree four levels deep, and the rows come in reverse, every
// report before their manager.
export function generatePeopleCsv(count: number): string {
  const units: string[] = [];
  const lines: string[] = [];
  const id = (i: number) => `G${String(i + 1).padStart(6, "0")}`;
  for (let i = 0; i < count; i++) {
    const manager = i === 0 ? null : Math.floor((i - 1) / 7);
    const parentUnit = manager === null ? null : (units[manager] ?? "Org");
    const unit = parentUnit === null ? "Org" : parentUnit.split("/").length < 4 ? `${parentUnit}/U${i}` : parentUnit;
    units.push(unit);
    const level = ["L5", "L4", "L3", "L2"][unit.split("/").length - 1] ?? "L1";
    lines.push(
      [id(i), `Person ${i + 1}`, `g${i + 1}@example.test`, `Title ${level}`, unit, manager === null ? "" : id(manager),
        i < 400 ? level : "L1", "2015-04-01", "2020-01-01", i % 11 === 0 ? "2028-06-30" : "", "", 1960 + (i % 40),
        "Berlin", "", i % 17 === 0 ? "yes" : "", i % 3 === 0 ? "high" : ""].join(","),
    );
  }
  return [PEOPLE_HEADER, ...lines.reverse()].join("\n");
}
