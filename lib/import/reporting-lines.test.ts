import { describe, expect, it } from "vitest";
import { describeCycle, walkReportingLines } from "./reporting-lines";

const managers = (edges: Record<string, string | null>) => (id: string) => edges[id] ?? null;

describe("walkReportingLines", () => {
  it("gives each person their distance from the top, so managers can be written first", () => {
    const walk = walkReportingLines(["E4", "E2", "E3", "E1"], managers({ E1: null, E2: "E1", E3: "E2", E4: "E3" }));
    expect(Object.fromEntries(walk.depth)).toEqual({ E1: 0, E2: 1, E3: 2, E4: 3 });
    expect(walk.cycles).toEqual([]);
  });

  it("finds a cycle once, whichever member the walk starts from", () => {
    const walk = walkReportingLines(["E1", "E5", "E9", "E2"], managers({ E5: "E9", E9: "E5", E1: "E5", E2: null }));
    expect(walk.cycles).toHaveLength(1);
    expect(new Set(walk.cycles[0])).toEqual(new Set(["E5", "E9"]));
  });

  it("finds cycles that run through people outside the starting set", () => {
    const walk = walkReportingLines(["E1"], managers({ E1: "DB1", DB1: "DB2", DB2: "E1" }));
    expect(walk.cycles).toEqual([["E1", "DB1", "DB2"]]);
  });

  it("walks a 200,000-long chain of command without overflowing the stack", () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `E${i}`);
    const walk = walkReportingLines([...ids].reverse(), (id) => (id === "E0" ? null : `E${Number(id.slice(1)) - 1}`));
    expect(walk.depth.get("E199999")).toBe(199_999);
  });
});

describe("describeCycle", () => {
  it("starts from the member met first in the file and closes the loop", () => {
    const rows: Record<string, number> = { E0005: 7, E0009: 3 };
    expect(describeCycle(["E0005", "E0009"], (id) => rows[id])).toBe("reporting cycle: E0009 → E0005 → E0009");
  });

  it("shortens a cycle through a whole chain of command", () => {
    const cycle = Array.from({ length: 40 }, (_, i) => `E${i}`);
    const text = describeCycle(cycle, (id) => Number(id.slice(1)) + 2);
    expect(text).toBe("reporting cycle: E0 → E1 → E2 → E3 → E4 → E5 → E6 → E7 → E8 → E9 → E10 → … 28 more … → E39 → E0");
  });
});
