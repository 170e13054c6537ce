import { describe, expect, it } from "vitest";
import { flattenRow } from "@/lib/reports/flatten";
import { directoryComparator, PEOPLE_CSV_COLUMNS, directoryMatcher, searchTextOf, toDirectoryRow, type DirectoryEntry } from "./directory";

function entry(employeeId: string, extra: Partial<DirectoryEntry> = {}): DirectoryEntry {
  const base = {
    employeeId,
    name: `Person ${employeeId}`,
    title: "Engineer",
    orgUnitPath: "Engineering/Platform",
    level: "L1",
    levelRank: 1,
    managerEmployeeId: null,
    managerName: null,
    mgmtScore: null,
    leadScore: null,
    stuck: false,
    retiringSoon: false,
    ...extra,
  };
  return { ...base, searchText: searchTextOf(base) };
}

const ids = (rows: DirectoryEntry[]) => rows.map((r) => r.employeeId);

describe("directoryComparator", () => {
  const people = [
    entry("E3", { name: "Ana", mgmtScore: 50, level: "L4", levelRank: 4 }),
    entry("E1", { name: "Zoë", mgmtScore: 90, level: "L2", levelRank: 2 }),
    entry("E2", { name: "Ana", mgmtScore: null, level: "L10", levelRank: 10 }),
  ];

  it("sorts by name with ties broken by employee id", () => {
    expect(ids([...people].sort(directoryComparator("name")))).toEqual(["E2", "E3", "E1"]);
    expect(ids([...people].sort(directoryComparator("-name")))).toEqual(["E1", "E2", "E3"]);
  });

  it("keeps unassessed people last in both directions", () => {
    expect(ids([...people].sort(directoryComparator("mgmtScore")))).toEqual(["E3", "E1", "E2"]);
    expect(ids([...people].sort(directoryComparator("-mgmtScore")))).toEqual(["E1", "E3", "E2"]);
  });

  it("orders levels by ladder rank, not by text (L10 after L4)", () => {
    expect(ids([...people].sort(directoryComparator("level")))).toEqual(["E1", "E3", "E2"]);
  });
});

describe("directoryMatcher", () => {
  const ana = entry("E7", { name: "Ana Lima", title: "Director of Sales", orgUnitPath: "Sales/EMEA", stuck: true, level: "L4" });

  it("searches name, id and title, case-insensitively", () => {
    expect(directoryMatcher({ q: "lima" })(ana)).toBe(true);
    expect(directoryMatcher({ q: "e7" })(ana)).toBe(true);
    expect(directoryMatcher({ q: "director of" })(ana)).toBe(true);
    expect(directoryMatcher({ q: "nobody" })(ana)).toBe(false);
  });

  it("filters by unit subtree, level and flags", () => {
    expect(directoryMatcher({ orgUnit: "Sales" })(ana)).toBe(true);
    expect(directoryMatcher({ orgUnit: "Sales/EM" })(ana)).toBe(false);
    expect(directoryMatcher({ level: "L4", stuck: true })(ana)).toBe(true);
    expect(directoryMatcher({ stuck: false })(ana)).toBe(false);
    expect(directoryMatcher({ retiringSoon: true })(ana)).toBe(false);
  });

  it("hands out rows without the internal search fields", () => {
    expect(Object.keys(toDirectoryRow(ana))).not.toContain("searchText");
  });
});

describe("PEOPLE_CSV_COLUMNS", () => {
  it("names exactly the flattened directory row", () => {
    expect(Object.keys(flattenRow(toDirectoryRow(entry("E1"))))).toEqual([...PEOPLE_CSV_COLUMNS]);
  });
});
