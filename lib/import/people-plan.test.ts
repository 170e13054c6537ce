import { describe, expect, it } from "vitest";
import type { PeopleRow, PositionRow } from "@/lib/csv/rows";
import { ErrorList } from "./errors";
import { planPeople, type PeopleState } from "./people-plan";
import { planPositions } from "./positions";
import type { Ladder, StoredPerson, StoredSeat } from "./stored";

const ladder: Ladder = {
  resolve: (code) => (["L1", "L2", "L3", "L4", "L5"].includes(code.toUpperCase()) ? code.toUpperCase() : null),
  unknown: (code) => `unknown level "${code}"`,
};

function person(id: string, managerId: string | null, extra: Partial<StoredPerson> = {}): StoredPerson {
  return {
    employeeId: id, name: id, email: `${id}@x.io`, title: "T", orgUnitId: "Acme", managerId, levelCode: "L1",
    hireDate: null, roleStartDate: null, plannedRetirementDate: null, retirementEligibilityDate: null, birthYear: null,
    location: null, active: true, ...extra,
  };
}

function seat(positionId: string, incumbentId: string | null, extra: Partial<StoredSeat> = {}): StoredSeat {
  return {
    positionId, title: "T", orgUnitId: "Acme", levelCode: "L1", incumbentId, critical: false, criticalReason: null,
    impactOfLoss: "medium", ...extra,
  };
}

function row(id: string, managerId: string | null, extra: Partial<PeopleRow> = {}): PeopleRow {
  return { employee_id: id, name: id, email: `${id}@x.io`, title: "T", org_unit_path: "Acme", manager_employee_id: managerId, level: "L1", ...extra };
}

function state(people: StoredPerson[], seats: StoredSeat[]): PeopleState {
  return {
    ladder,
    orgUnitIds: new Set(["Acme"]),
    people: new Map(people.map((p) => [p.employeeId, p])),
    seats: new Map(seats.map((s) => [s.positionId, s])),
  };
}

function plan(rows: PeopleRow[], stored: PeopleState) {
  const errors = new ErrorList();
  const result = planPeople(rows.map((data, i) => ({ row: i + 2, data })), stored, errors);
  return { result, errors: errors.reported() };
}

describe("planPeople", () => {
  it("writes managers before their reports, whatever the file order", () => {
    const { result } = plan([row("E3", "E2"), row("E2", "E1"), row("E1", null)], state([], []));
    expect(result?.people.map((p) => p.employeeId)).toEqual(["E1", "E2", "E3"]);
  });

  it("refuses a cycle that runs through people already in Baton", () => {
    const stored = state([person("E1", null), person("E2", "E1"), person("E3", "E2")], []);
    const { errors } = plan([row("E1", "E3")], stored);
    expect(errors).toEqual([{ row: 2, column: "manager_employee_id", message: "reporting cycle: E1 → E3 → E2 → E1" }]);
  });

  it("gives a new person the seat P-<id> and keeps a known person in the seat they hold", () => {
    const stored = state([person("E1", null)], [seat("CEO", "E1")]);
    const { result } = plan([row("E1", null), row("E2", "E1")], stored);
    expect(result?.seats.upserts.map((s) => [s.positionId, s.incumbentId])).toEqual([["P-E2", "E2"]]);
    expect(result?.summary.positions).toEqual({ created: 1, updated: 0, unchanged: 1 });
  });

  it("empties the old seat of a person who moves, before anyone is seated", () => {
    const stored = state([person("E1", null), person("E2", "E1")], [seat("P-E1", "E1"), seat("P-E2", "E2")]);
    const { result } = plan([row("E1", null, { position_id: "P-E2" }), row("E2", "E1", { position_id: "P-E1" })], stored);
    expect(result?.seats.vacate.sort()).toEqual(["P-E1", "P-E2"]);
    expect(result?.seats.upserts.map((s) => [s.positionId, s.incumbentId]).sort()).toEqual([["P-E1", "E2"], ["P-E2", "E1"]]);

    const moved = plan([row("E2", "E1", { position_id: "NEW" })], stored).result;
    expect(moved?.seats.upserts.map((s) => [s.positionId, s.incumbentId])).toEqual([["NEW", "E2"], ["P-E2", null]]);
  });

  it("refuses two people in one seat, naming both rows", () => {
    const { errors } = plan([row("E1", null, { position_id: "X" }), row("E2", null, { position_id: "X" })], state([], []));
    expect(errors).toEqual([
      { row: 3, column: "position_id", message: 'position "X" is already held by E1 on row 2; a position has one incumbent' },
    ]);
  });

  it("carries a person's new title to their seat but keeps a seat override otherwise", () => {
    const stored = state([person("E1", null, { title: "Manager" })], [seat("P-E1", "E1", { title: "Head of Platform", critical: true })]);
    const same = plan([row("E1", null, { title: "Manager" })], stored).result;
    expect(same?.seats.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const promoted = plan([row("E1", null, { title: "Director" })], stored).result;
    expect(promoted?.seats.upserts[0]).toMatchObject({ title: "Director", critical: true });
  });

  it("keeps stored values for columns the file leaves out and clears them for empty cells", () => {
    const stored = state([person("E1", null, { location: "Paris", hireDate: "2020-01-01" })], [seat("P-E1", "E1")]);
    const { result } = plan([row("E1", null, { location: null })], stored);
    expect(result?.people[0]).toMatchObject({ location: null, hireDate: "2020-01-01" });
  });
});

describe("planPositions", () => {
  const positionRow = (id: string, incumbent: string | null | undefined): PositionRow => ({
    position_id: id, title: "T", org_unit_path: "Acme/New", level: "L4", incumbent_employee_id: incumbent,
  });
  const stored = {
    ladder,
    orgUnitIds: new Set(["Acme"]),
    personIds: new Set(["E1", "E2"]),
    seats: new Map([["P-E1", seat("P-E1", "E1")]]),
  };
  const run = (rows: PositionRow[]) => {
    const errors = new ErrorList();
    const result = planPositions(rows.map((data, i) => ({ row: i + 2, data })), stored, errors);
    return { result, errors: errors.reported() };
  };

  it("creates vacant seats and the org units they need", () => {
    const { result } = run([positionRow("CTO", null)]);
    expect(result?.orgUnits).toEqual([{ id: "Acme/New", name: "New", parentId: "Acme", depth: 1 }]);
    expect(result?.seats.upserts[0]).toMatchObject({ positionId: "CTO", incumbentId: null, levelCode: "L4" });
  });

  it("refuses to give one person a second seat", () => {
    const { errors } = run([positionRow("CTO", "E1")]);
    expect(errors).toEqual([
      {
        row: 2,
        column: "incumbent_employee_id",
        message: 'E1 would also hold "P-E1" (in Baton); a person holds one position, so vacate the other seat in this file',
      },
    ]);
  });

  it("lets a file move a person when it also empties their old seat", () => {
    const { result, errors } = run([positionRow("CTO", "E1"), positionRow("P-E1", null)]);
    expect(errors).toEqual([]);
    expect(result?.seats.vacate).toEqual(["P-E1"]);
  });

  it("refuses an incumbent Baton does not know", () => {
    expect(run([positionRow("CTO", "E9")]).errors[0]).toMatchObject({ row: 2, column: "incumbent_employee_id" });
  });
});
