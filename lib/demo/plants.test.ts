import { describe, expect, it } from "vitest";
import { DEFAULT_AS_OF, generateDemoOrganization, type DemoOrganization } from "./generate";
import { checkDemo, type GapFlag } from "./spec-check";

// The demo exists to show every gap flag of SPEC §3. These checks recompute
// the flags from the raw rows with the SPEC formulas, independently of the
// product's engine, for the default company and a few other seeds.

const FLAGS: GapFlag[] = ["no-successor", "retirement-uncovered", "single-point", "stuck-incumbent", "readiness-mismatch"];

function flagged(demo: DemoOrganization, flag: GapFlag) {
  return [...checkDemo(demo, DEFAULT_AS_OF).positions.values()].filter((p) => p.flags.has(flag));
}

describe("planted pipeline problems at 400 people", () => {
  const demo = generateDemoOrganization({ people: 400 });
  const checked = checkDemo(demo, DEFAULT_AS_OF);
  const positions = [...checked.positions.values()];

  it.each(FLAGS)("shows several %s positions", (flag) => {
    expect(flagged(demo, flag).length).toBeGreaterThanOrEqual(3);
  });

  it("has directors stuck in management by each of the two conditions", () => {
    const stuck = [...checked.people.values()].filter((p) => {
      if (p.level !== 4 || p.management === null || p.leadership === null) return false;
      return p.roleStart <= "2026-05-23" && ((p.leadershipTimePct ?? 100) < 40 || p.leadership < p.management - 15);
    });
    expect(stuck.length).toBeGreaterThanOrEqual(3);
    expect(stuck.some((p) => (p.leadershipTimePct ?? 100) < 40)).toBe(true);
    expect(stuck.some((p) => (p.leadershipTimePct ?? 0) >= 40 && (p.leadership ?? 0) < (p.management ?? 0) - 15)).toBe(true);
  });

  it("has retiring leaders without a ready-now successor, one of them already past their date", () => {
    const uncovered = positions.filter((p) => p.flags.has("retirement-uncovered") && p.level >= 4);
    expect(uncovered.length).toBeGreaterThanOrEqual(3);
    expect(uncovered.some((p) => p.approved.length > 0)).toBe(true);
    const retirement = (p: (typeof positions)[number]) => (p.incumbent ? checked.people.get(p.incumbent)?.retirement : null) ?? "9999";
    expect(uncovered.some((p) => retirement(p) < DEFAULT_AS_OF)).toBe(true);
  });

  it("has one person who is the only approved successor of two watched seats", () => {
    const counts = new Map<string, number>();
    for (const p of positions) {
      const only = p.approved.length === 1 ? p.approved[0] : undefined;
      if (p.watched && only) counts.set(only.candidate, (counts.get(only.candidate) ?? 0) + 1);
    }
    expect([...counts.values()].some((n) => n >= 2)).toBe(true);
  });

  it("has ready-now mismatches for both leadership and management seats", () => {
    const mismatched = flagged(demo, "readiness-mismatch");
    expect(mismatched.some((p) => p.level >= 4)).toBe(true);
    expect(mismatched.some((p) => p.level === 2 || p.level === 3)).toBe(true);
  });

  it("has a vacant critical seat with nobody named", () => {
    expect(positions.some((p) => p.incumbent === null && p.watched && p.flags.has("no-successor"))).toBe(true);
  });

  it("gives the demo manager flagged seats inside their own subtree", () => {
    const managerId = demo.demoAccounts.find((a) => a.email === "manager@baton.example")?.employeeId;
    const reportsTo = new Map(demo.people.map((p) => [p.employee_id ?? "", p.manager_employee_id ?? ""]));
    const inSubtree = (id: string) => {
      for (let at: string | undefined = reportsTo.get(id); at; at = reportsTo.get(at)) if (at === managerId) return true;
      return false;
    };
    const own = positions.filter((p) => p.incumbent !== null && inSubtree(p.incumbent));
    expect(own.length).toBeGreaterThanOrEqual(20);
    const flags = new Set(own.flatMap((p) => [...p.flags]));
    expect(flags).toContain("no-successor");
    expect(flags).toContain("retirement-uncovered");
    expect(flags).toContain("readiness-mismatch");
  });
});

describe("planted pipeline problems on other seeds and sizes", () => {
  it.each([2, 3, 4, 5])("seed %i at 400 people shows every flag", (seed) => {
    const demo = generateDemoOrganization({ people: 400, seed });
    for (const flag of FLAGS) expect(flagged(demo, flag).length, flag).toBeGreaterThanOrEqual(3);
  });

  it("a 2,000-person company shows every flag more often", () => {
    const demo = generateDemoOrganization({ people: 2000 });
    for (const flag of FLAGS) expect(flagged(demo, flag).length, flag).toBeGreaterThanOrEqual(5);
  });
});
