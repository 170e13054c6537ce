import { describe, expect, it } from "vitest";
import { changedFields, createdKeys, mergeAudits, recordUpdates } from "./audit-changes";

describe("changedFields", () => {
  it("keeps only the fields whose value changes, before and after", () => {
    expect(changedFields({ name: "Jane", managerId: "E1", birthYear: 1980 }, { name: "Jane", managerId: "E2", birthYear: 1980 })).toEqual({
      before: { managerId: "E1" },
      after: { managerId: "E2" },
    });
  });

  it("records a value cleared or set as null on one side", () => {
    expect(changedFields({ location: "Lyon", hireDate: null }, { location: null, hireDate: "2020-01-01" })).toEqual({
      before: { location: "Lyon", hireDate: null },
      after: { location: null, hireDate: "2020-01-01" },
    });
  });

  it("tells false from null and 0 from null", () => {
    expect(changedFields({ critical: null, depth: null }, { critical: false, depth: 0 })).toEqual({
      before: { critical: null, depth: null },
      after: { critical: false, depth: 0 },
    });
  });

  it("is null when nothing changes", () => {
    expect(changedFields({ a: 1, b: "x" }, { a: 1, b: "x" })).toBeNull();
  });
});

describe("recordUpdates", () => {
  const stored = new Map([
    ["E1", { employeeId: "E1", title: "Engineer", active: true }],
    ["E2", { employeeId: "E2", title: "Manager", active: true }],
  ]);
  const written = [
    { employeeId: "E1", title: "Senior engineer", active: true },
    { employeeId: "E2", title: "Manager", active: true },
    { employeeId: "E3", title: "Engineer", active: true },
  ];

  it("gives an update per changed record, none for a new or unchanged one", () => {
    expect(recordUpdates("person", written, (p) => p.employeeId, (p) => stored.get(p.employeeId))).toEqual([
      { entity: "person", entityId: "E1", before: { title: "Engineer" }, after: { title: "Senior engineer" } },
    ]);
  });

  it("names records by a numeric id as text", () => {
    expect(recordUpdates("assessment", [{ id: 7, performance: 3 }], (a) => a.id, () => ({ id: 7, performance: 2 }))[0]?.entityId).toBe("7");
  });

  it("lists as created the keys that were not stored", () => {
    expect(createdKeys(written, (p) => p.employeeId, (id) => stored.has(id))).toEqual(["E3"]);
  });
});

describe("mergeAudits", () => {
  it("concatenates the creates and the updates of several writes", () => {
    const created = { entity: "org_unit", table: "OrgUnit", key: { name: "id", type: "text" }, columns: [], keys: ["A"] } as const;
    const update = { entity: "person", entityId: "E1", before: { a: 1 }, after: { a: 2 } } as const;
    expect(mergeAudits([{ created: [{ ...created, keys: ["A"] }], updated: [] }, { created: [], updated: [update] }])).toEqual({
      created: [{ ...created, keys: ["A"] }],
      updated: [update],
    });
  });
});
