import { describe, expect, it } from "vitest";
import { describeChanges } from "./changes";

describe("describeChanges", () => {
  it("shows a changed field as before → after, leaving out the timestamps", () => {
    const before = JSON.stringify({ id: 4, status: "proposed", updatedAt: "2026-01-01" });
    const after = JSON.stringify({ id: 4, status: "approved", updatedAt: "2026-02-01" });
    expect(describeChanges(before, after)).toEqual({ lines: ["status: proposed → approved"], source: null });
  });

  it("reads an import's update, whose before and after hold only the changed fields", () => {
    const before = JSON.stringify({ managerId: "E0003", location: null });
    const after = JSON.stringify({ managerId: "E0007", location: "Lyon", source: "import people.csv" });
    expect(describeChanges(before, after)).toEqual({ lines: ["managerId: E0003 → E0007", "location: ∅ → Lyon"], source: "import people.csv" });
  });

  it("lists a created record's fields, and its source apart", () => {
    const after = JSON.stringify({ employeeId: "E0009", birthYear: 1980, active: true, source: "import hris.csv" });
    expect(describeChanges(null, after)).toEqual({ lines: ["employeeId: E0009", "birthYear: 1980", "active: true"], source: "import hris.csv" });
  });

  it("says when a record was removed, and copes with text that is not a JSON object", () => {
    expect(describeChanges(JSON.stringify({ a: 1 }), null).lines).toEqual(["(removed)"]);
    expect(describeChanges("not json", "[1]")).toEqual({ lines: [], source: null });
  });
});
