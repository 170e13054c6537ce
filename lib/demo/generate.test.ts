import { describe, expect, it } from "vitest";
import { parseDay } from "./dates";
import {
  ASSESSMENT_COLUMNS,
  DEFAULT_AS_OF,
  NOMINATION_COLUMNS,
  PEOPLE_COLUMNS,
  POSITIONS_COLUMNS,
  generateDemoOrganization,
  type DemoOrganization,
} from "./generate";

const demo = generateDemoOrganization({ people: 400 });

function field(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`row has no ${column} column`);
  return value;
}

function positionIds(org: DemoOrganization): Map<string, string | null> {
  const ids = new Map<string, string | null>();
  for (const p of org.people) ids.set(field(p, "position_id") || `P-${field(p, "employee_id")}`, field(p, "employee_id"));
  for (const p of org.positions) ids.set(field(p, "position_id"), null);
  return ids;
}

describe("generateDemoOrganization", () => {
  it("gives the same company for the same options and a different one for another seed", () => {
    expect(generateDemoOrganization({ people: 400 })).toEqual(demo);
    expect(generateDemoOrganization({ people: 400, seed: 1, asOf: DEFAULT_AS_OF })).toEqual(demo);
    const other = generateDemoOrganization({ people: 400, seed: 2 });
    expect(other.people.map((p) => p.name)).not.toEqual(demo.people.map((p) => p.name));
  });

  it("writes every column of each CSV kind, in the documented order", () => {
    for (const row of demo.people) expect(Object.keys(row)).toEqual([...PEOPLE_COLUMNS]);
    for (const row of demo.positions) expect(Object.keys(row)).toEqual([...POSITIONS_COLUMNS]);
    for (const row of demo.assessments) expect(Object.keys(row)).toEqual([...ASSESSMENT_COLUMNS]);
    for (const row of demo.nominations) expect(Object.keys(row)).toEqual([...NOMINATION_COLUMNS]);
  });

  it("has unique employee ids, emails and position ids, and well-formed emails", () => {
    const ids = demo.people.map((p) => field(p, "employee_id"));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^E\d{6}$/.test(id))).toBe(true);
    const emails = demo.people.map((p) => field(p, "email"));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => /^[a-z]+\.[a-z]+(\.\d+)?@baton-demo\.example$/.test(e))).toBe(true);
    expect(positionIds(demo).size).toBe(demo.people.length + demo.positions.length);
    expect(demo.people.some((p) => field(p, "position_id") === "")).toBe(true);
    expect(demo.people.some((p) => field(p, "position_id") !== "")).toBe(true);
  });

  it("forms one reporting tree: every manager exists and comes earlier in the file", () => {
    const order = new Map(demo.people.map((p, i) => [field(p, "employee_id"), i]));
    const roots = demo.people.filter((p) => field(p, "manager_employee_id") === "");
    expect(roots).toHaveLength(1);
    expect(field(roots[0] ?? {}, "level")).toBe("L5");
    demo.people.forEach((p, i) => {
      const manager = field(p, "manager_employee_id");
      if (manager === "") return;
      expect(order.get(manager)).toBeLessThan(i);
    });
  });

  it("has all five levels with believable spans of control", () => {
    const count = (level: string) => demo.people.filter((p) => field(p, "level") === level).length;
    for (const level of ["L1", "L2", "L3", "L4", "L5"]) expect(count(level)).toBeGreaterThan(0);
    const reports = new Map<string, number>();
    for (const p of demo.people) {
      const m = field(p, "manager_employee_id");
      reports.set(m, (reports.get(m) ?? 0) + 1);
    }
    const firstLine = demo.people.filter((p) => field(p, "level") === "L2").map((p) => reports.get(field(p, "employee_id")) ?? 0);
    const mean = firstLine.reduce((a, b) => a + b, 0) / firstLine.length;
    expect(mean).toBeGreaterThanOrEqual(5);
    expect(mean).toBeLessThanOrEqual(12);
    expect(Math.max(...firstLine)).toBeLessThanOrEqual(12);
    const divisions = new Set(demo.people.map((p) => field(p, "org_unit_path").split("/")[0]));
    expect(divisions.size).toBeGreaterThanOrEqual(5); // four to eight divisions plus the executive office
  });

  it("writes only valid, consistent dates relative to as-of", () => {
    const asOf = DEFAULT_AS_OF;
    const asOfYear = Number(asOf.slice(0, 4));
    for (const p of demo.people) {
      const hire = field(p, "hire_date");
      const roleStart = field(p, "role_start_date");
      expect(parseDay(hire), hire).not.toBeNull();
      expect(parseDay(roleStart), roleStart).not.toBeNull();
      expect(roleStart >= hire).toBe(true);
      expect(roleStart <= asOf).toBe(true);
      for (const column of ["planned_retirement_date", "retirement_eligibility_date"]) {
        const value = field(p, column);
        if (value !== "") expect(parseDay(value), value).not.toBeNull();
      }
      const birthYear = field(p, "birth_year");
      if (birthYear === "") continue;
      const age = asOfYear - Number(birthYear);
      expect(age).toBeGreaterThanOrEqual(22);
      expect(age).toBeLessThanOrEqual(67);
      expect(Number(hire.slice(0, 4)) - Number(birthYear)).toBeGreaterThanOrEqual(18);
      const eligibility = field(p, "retirement_eligibility_date");
      if (eligibility !== "") expect(Number(eligibility.slice(0, 4)) - Number(birthYear)).toBeGreaterThanOrEqual(55);
    }
    expect(demo.people.filter((p) => field(p, "birth_year") === "").length).toBeGreaterThan(0);
    expect(demo.people.filter((p) => field(p, "planned_retirement_date") === "" && field(p, "retirement_eligibility_date") === "").length).toBeGreaterThan(0);
    expect(demo.people.some((p) => { const d = field(p, "planned_retirement_date"); return d !== "" && d < asOf; })).toBe(true);
  });

  it("concentrates retirements among directors and executives", () => {
    const fiveYears = `${Number(DEFAULT_AS_OF.slice(0, 4)) + 5}${DEFAULT_AS_OF.slice(4)}`;
    const share = (levels: string[]) => {
      const group = demo.people.filter((p) => levels.includes(field(p, "level")));
      const retiring = group.filter((p) => {
        const date = field(p, "planned_retirement_date") || field(p, "retirement_eligibility_date");
        return date !== "" && date <= fiveYears;
      });
      return retiring.length / group.length;
    };
    expect(share(["L4", "L5"])).toBeGreaterThan(0.4);
    expect(share(["L1"])).toBeLessThan(0.15);
  });

  it("assesses most people in the latest cycle and fewer in the earlier one, within the scales", () => {
    const cycles = new Map<string, { date: string; people: Set<string> }>();
    const managerOf = new Map(demo.people.map((p) => [field(p, "employee_id"), field(p, "manager_employee_id")]));
    for (const a of demo.assessments) {
      const cycle = cycles.get(field(a, "cycle")) ?? { date: field(a, "cycle_date"), people: new Set<string>() };
      expect(cycle.date).toBe(field(a, "cycle_date"));
      expect(cycle.people.has(field(a, "employee_id"))).toBe(false);
      cycle.people.add(field(a, "employee_id"));
      cycles.set(field(a, "cycle"), cycle);
      for (const c of ["performance", "potential"]) expect(["1", "2", "3"]).toContain(field(a, c));
      for (const c of ASSESSMENT_COLUMNS.filter((c) => c.startsWith("mgmt_") || c.startsWith("lead_"))) {
        expect(["1", "2", "3", "4", "5"]).toContain(field(a, c));
      }
      const time = Number(field(a, "leadership_time_pct"));
      expect(time >= 0 && time <= 100).toBe(true);
      expect(["low", "medium", "high"]).toContain(field(a, "flight_risk"));
      expect(field(a, "assessor_employee_id")).toBe(managerOf.get(field(a, "employee_id")));
    }
    expect([...cycles.entries()].map(([name, c]) => [name, c.date])).toEqual([
      ["2025 H2", "2025-11-15"],
      ["2026 H2", "2026-10-15"],
    ]);
    const latest = cycles.get("2026 H2")?.people.size ?? 0;
    const earlier = cycles.get("2025 H2")?.people.size ?? 0;
    expect(latest / demo.people.length).toBeGreaterThan(0.7);
    expect(latest / demo.people.length).toBeLessThan(0.9);
    expect(earlier).toBeLessThan(latest);
    const notes = demo.assessments.map((a) => field(a, "notes"));
    for (const tricky of [",", '"', "\n"]) expect(notes.some((n) => n.includes(tricky))).toBe(true);
  });

  it("shows many more ready managers than ready leaders", () => {
    const levelOf = new Map(demo.people.map((p) => [field(p, "employee_id"), field(p, "level")]));
    const mean = (a: Record<string, string>, prefix: string) => {
      const items = ASSESSMENT_COLUMNS.filter((c) => c.startsWith(prefix)).map((c) => Number(field(a, c)));
      return (items.reduce((x, y) => x + y, 0) / items.length - 1) * 25;
    };
    const managers = demo.assessments.filter((a) => ["L2", "L3"].includes(levelOf.get(field(a, "employee_id")) ?? ""));
    const goodAtManaging = managers.filter((a) => mean(a, "mgmt_") >= 60).length;
    const goodAtLeading = managers.filter((a) => mean(a, "lead_") >= 60).length;
    expect(goodAtManaging).toBeGreaterThan(2 * goodAtLeading);
  });

  it("keeps slates consistent: real seats, no incumbent as own successor, one nomination per pair", () => {
    const seats = positionIds(demo);
    const ids = new Set(demo.people.map((p) => field(p, "employee_id")));
    const levelOf = new Map<string, number>();
    for (const p of demo.people) {
      const level = Number(field(p, "level").slice(1));
      levelOf.set(field(p, "employee_id"), level);
      levelOf.set(field(p, "position_id") || `P-${field(p, "employee_id")}`, level);
    }
    for (const p of demo.positions) levelOf.set(field(p, "position_id"), Number(field(p, "level").slice(1)));
    const pairs = new Set<string>();
    for (const n of demo.nominations) {
      const positionId = field(n, "position_id");
      const candidate = field(n, "candidate_employee_id");
      expect(seats.has(positionId), positionId).toBe(true);
      expect(seats.get(positionId)).not.toBe(candidate);
      expect(ids.has(candidate)).toBe(true);
      expect(levelOf.get(candidate)).toBeLessThanOrEqual(levelOf.get(positionId) ?? 0);
      expect(ids.has(field(n, "nominated_by_employee_id"))).toBe(true);
      expect(["ready_now", "1_2_years", "3_plus_years"]).toContain(field(n, "readiness"));
      expect(["proposed", "approved", "declined"]).toContain(field(n, "status"));
      expect(["true", "false"]).toContain(field(n, "emergency"));
      const pair = `${positionId}|${candidate}`;
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
    }
    expect(demo.nominations.length).toBe(80);
    for (const change of demo.lifecycle) {
      const row = demo.nominations.find((n) => field(n, "position_id") === change.positionId && field(n, "candidate_employee_id") === change.candidateEmployeeId);
      expect(row && field(row, "status")).toBe("approved");
    }
  });

  it("uses every nomination status across the CSV and the lifecycle changes", () => {
    const statuses = new Set([...demo.nominations.map((n) => field(n, "status")), ...demo.lifecycle.map((c) => c.status)]);
    expect([...statuses].sort()).toEqual(["approved", "declined", "proposed", "succeeded", "withdrawn"]);
    expect(demo.lifecycle.filter((c) => c.status === "succeeded").length).toBeGreaterThanOrEqual(1);
  });

  it("lists vacant seats only, including critical leadership ones", () => {
    expect(demo.positions.length).toBeGreaterThanOrEqual(4);
    for (const p of demo.positions) expect(field(p, "incumbent_employee_id")).toBe("");
    expect(demo.positions.some((p) => field(p, "critical") === "true" && ["L4", "L5"].includes(field(p, "level")))).toBe(true);
    const paths = new Set(demo.people.map((p) => field(p, "org_unit_path")));
    for (const p of demo.positions) expect(paths.has(field(p, "org_unit_path"))).toBe(true);
  });

  it("links the demo accounts to people in the file", () => {
    const byId = new Map(demo.people.map((p) => [field(p, "employee_id"), p]));
    const account = (email: string) => demo.demoAccounts.find((a) => a.email === email);
    expect(account("admin@baton.example")).toMatchObject({ role: "admin", employeeId: null });
    expect(account("hr@baton.example")).toMatchObject({ role: "hr" });
    expect(account("exec@baton.example")?.role).toBe("executive");
    const manager = byId.get(account("manager@baton.example")?.employeeId ?? "");
    const manager2 = byId.get(account("manager2@baton.example")?.employeeId ?? "");
    expect(manager && field(manager, "level")).toBe("L4");
    expect(manager2 && field(manager2, "level")).toBe("L4");
    const division = (p: Record<string, string> | undefined) => (p ? field(p, "org_unit_path").split("/")[0] : "");
    expect(division(manager)).not.toBe(division(manager2));
  });

  it("scales from 20 to 100,000 people", () => {
    for (const size of [20, 57, 1000]) {
      const org = generateDemoOrganization({ people: size });
      expect(org.people).toHaveLength(size);
      expect(org.demoAccounts.every((a) => a.role !== "manager" || a.employeeId !== null)).toBe(true);
    }
    const started = performance.now();
    const large = generateDemoOrganization({ people: 100_000 });
    const seconds = (performance.now() - started) / 1000;
    expect(large.people).toHaveLength(100_000);
    expect(large.nominations).toHaveLength(20_000);
    expect(large.assessments.length).toBeGreaterThan(100_000);
    expect(seconds).toBeLessThan(10); // about two seconds on a laptop; generous for a busy CI runner
  }, 30_000);

  it("rejects sizes and dates it cannot honour", () => {
    expect(() => generateDemoOrganization({ people: 5 })).toThrow(RangeError);
    expect(() => generateDemoOrganization({ people: 400, asOf: "2026-02-30" })).toThrow(RangeError);
  });
});
