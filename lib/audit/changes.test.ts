import { describe, expect, it } from "vitest";
import { describeChanges } from "./changes";
import { NO_NAMES, referencedKeys, type AuditNames } from "./references";

describe("describeChanges", () => {
  it("shows a changed field as before → after in words, leaving out the timestamps", () => {
    const before = JSON.stringify({ id: 4, status: "proposed", updatedAt: "2026-01-01" });
    const after = JSON.stringify({ id: 4, status: "approved", updatedAt: "2026-02-01" });
    expect(describeChanges(before, after, { entity: "nomination", names: NO_NAMES })).toEqual({ lines: ["Status: Proposed → Approved"], source: null });
  });

  it("reads an import's update, whose before and after hold only the changed fields", () => {
    const before = JSON.stringify({ managerId: "E0003", location: null });
    const after = JSON.stringify({ managerId: "E0007", location: "Lyon", source: "import people.csv" });
    expect(describeChanges(before, after)).toEqual({ lines: ["Manager: E0003 → E0007", "Location: ∅ → Lyon"], source: "import people.csv" });
  });

  it("lists a created record's fields, and its source apart", () => {
    const after = JSON.stringify({ employeeId: "E0009", birthYear: 1980, active: true, source: "import hris.csv" });
    expect(describeChanges(null, after)).toEqual({ lines: ["Employee ID: E0009", "Birth year: 1980", "Active: Yes"], source: "import hris.csv" });
  });

  it("names settings by their labels and reads a changed level name as its own line", () => {
    const before = JSON.stringify({ retirementHorizonMonths: 24, ageRuleEnabled: false, levels: { L3: "Manager", L4: "Director" } });
    const after = JSON.stringify({ retirementHorizonMonths: 36, ageRuleEnabled: true, levels: { L3: "Senior manager", L4: "Director" } });
    expect(describeChanges(before, after, { entity: "setting", names: NO_NAMES }).lines).toEqual([
      "Retirement horizon: 24 → 36",
      "Age rule: No → Yes",
      "Name of level L3: Manager → Senior manager",
    ]);
  });

  it("reads a sign-in, a plan snapshot and an import's counts in words, leaving out the record's own id", () => {
    expect(describeChanges(null, JSON.stringify({ address: "10.0.0.7", provider: "oidc" }), { entity: "session", names: NO_NAMES }).lines).toEqual([
      "Address: 10.0.0.7",
      "Signed in with: Single sign-on",
    ]);
    expect(describeChanges(null, JSON.stringify({ id: 5, name: "Q4 close", asOf: "2025-11-29", positionCount: 608 }), { entity: "plan_snapshot", names: NO_NAMES }).lines).toEqual([
      "Name: Q4 close",
      "As of: 29 Nov 2025",
      "Positions: 608",
    ]);
    expect(describeChanges(null, JSON.stringify({ people: { created: 600, updated: 0, unchanged: 2 } }), { entity: "people", names: NO_NAMES }).lines).toEqual([
      "People: 600 created, 0 updated, 2 unchanged",
    ]);
  });

  it("names codes by their labels and keys by the names the viewer may see", () => {
    const names: AuditNames = { ...NO_NAMES, person: { E000247: "Ana Díaz" }, position: { P0001: "Chief Financial Officer" }, user: { "3": "hr@baton.example" } };
    const after = JSON.stringify({ candidateId: "E000247", nominatedById: "E000999", positionId: "P0001", readiness: "3_plus_years", decidedById: 3, emergency: false });
    expect(describeChanges(null, after, { entity: "nomination", names }).lines).toEqual([
      "Candidate: Ana Díaz (E000247)",
      // Not someone the viewer may see: the key alone, never a guess.
      "Nominated by: E000999",
      "Position: Chief Financial Officer (P0001)",
      "Readiness: Ready in 3+ years",
      "Decided by: hr@baton.example (3)",
      "Emergency successor: No",
    ]);
    expect(describeChanges(JSON.stringify({ status: "draft", flightRisk: "low" }), JSON.stringify({ status: "submitted", flightRisk: "high" }), { entity: "assessment", names }).lines).toEqual([
      "Status: Draft → Submitted",
      "Flight risk: Low → High",
    ]);
  });

  it("writes dates inside records in the reader's format", () => {
    const before = JSON.stringify({ hireDate: "2020-01-15", decidedAt: null });
    const after = JSON.stringify({ hireDate: "2021-03-05", decidedAt: "2026-12-02T09:30:00.000Z" });
    expect(describeChanges(before, after, { entity: "person", names: NO_NAMES, locale: "en-US" }).lines).toEqual([
      "Hire date: Jan 15, 2020 → Mar 5, 2021",
      "Decided at: ∅ → Dec 2, 2026, 09:30 UTC",
    ]);
  });

  it("says when a record was removed, and copes with text that is not a JSON object", () => {
    expect(describeChanges(JSON.stringify({ a: 1 }), null).lines).toEqual(["(removed)"]);
    expect(describeChanges("not json", "[1]")).toEqual({ lines: [], source: null });
  });
});

describe("referencedKeys", () => {
  it("collects every key by kind, the event's own subject included", () => {
    const events = [
      { entity: "nomination", entityId: "12", before: JSON.stringify({ candidateId: "E1", readiness: "ready_now" }), after: JSON.stringify({ candidateId: "E1", decidedById: 3 }) },
      { entity: "person", entityId: "E2", before: null, after: JSON.stringify({ managerId: "E3", orgUnitId: "Acme" }) },
      { entity: "assessment", entityId: "7", before: "not json", after: JSON.stringify({ personId: "E4", cycleId: 2, positionId: "P9" }) },
    ];
    expect(referencedKeys(events)).toEqual({ person: ["E1", "E2", "E3", "E4"], position: ["P9"], user: ["3"], cycle: ["2"] });
  });
});
