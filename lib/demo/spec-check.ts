import { addMonths, formatDay, parseDay } from "./dates";
import type { DemoOrganization } from "./generate";

// An independent, deliberately plain restatement of the SPEC §3 gap flags,
// computed straight from the generated CSV rows. Tests use it to prove the
// demo shows every flag without depending on the product's own engine.

export type GapFlag = "no-successor" | "retirement-uncovered" | "single-point" | "stuck-incumbent" | "readiness-mismatch";

export interface CheckedPerson {
  employeeId: string;
  level: number;
  retirement: string | null;
  roleStart: string;
  management: number | null;
  leadership: number | null;
  leadershipTimePct: number | null;
  flightRisk: string | null;
}

export interface CheckedPosition {
  positionId: string;
  level: number;
  critical: boolean;
  incumbent: string | null;
  watched: boolean;
  approved: { candidate: string; readiness: string }[];
  flags: Set<GapFlag>;
}

export function parseBoolean(text: string): boolean {
  return ["true", "yes", "1"].includes(text.trim().toLowerCase());
}

function scoreOf(values: string[]): number {
  return (values.reduce((sum, v) => sum + Number(v), 0) / values.length - 1) * 25;
}

export function checkDemo(demo: DemoOrganization, asOf: string) {
  const asOfDay = parseDay(asOf);
  if (asOfDay === null) throw new Error(`bad as-of ${asOf}`);
  const horizon = formatDay(addMonths(asOfDay, 24));
  const sixMonthsAgo = formatDay(addMonths(asOfDay, -6));

  const latest = new Map<string, Record<string, string>>();
  for (const row of demo.assessments) {
    const id = row.employee_id ?? "";
    const previous = latest.get(id);
    if (!previous || (previous.cycle_date ?? "") < (row.cycle_date ?? "")) latest.set(id, row);
  }

  const people = new Map<string, CheckedPerson>();
  const positions = new Map<string, CheckedPosition>();
  for (const row of demo.people) {
    const id = row.employee_id ?? "";
    const a = latest.get(id);
    people.set(id, {
      employeeId: id,
      level: Number((row.level ?? "").slice(1)),
      retirement: row.planned_retirement_date || row.retirement_eligibility_date || null,
      roleStart: row.role_start_date ?? "",
      management: a ? scoreOf([a.mgmt_planning ?? "", a.mgmt_organizing ?? "", a.mgmt_controlling ?? "", a.mgmt_problem_solving ?? ""]) : null,
      leadership: a ? scoreOf([a.lead_direction ?? "", a.lead_alignment ?? "", a.lead_inspiration ?? "", a.lead_change ?? ""]) : null,
      leadershipTimePct: a ? Number(a.leadership_time_pct) : null,
      flightRisk: a ? (a.flight_risk ?? null) : null,
    });
    const level = Number((row.level ?? "").slice(1));
    const critical = parseBoolean(row.critical ?? "");
    const positionId = row.position_id || `P-${id}`;
    positions.set(positionId, { positionId, level, critical, incumbent: id, watched: critical || level >= 4, approved: [], flags: new Set() });
  }
  for (const row of demo.positions) {
    const level = Number((row.level ?? "").slice(1));
    const critical = parseBoolean(row.critical ?? "");
    const positionId = row.position_id ?? "";
    positions.set(positionId, { positionId, level, critical, incumbent: null, watched: critical || level >= 4, approved: [], flags: new Set() });
  }

  const finalStatus = new Map<string, string>();
  for (const change of demo.lifecycle) finalStatus.set(`${change.positionId}|${change.candidateEmployeeId}`, change.status);
  const nominations = demo.nominations.map((row) => ({
    positionId: row.position_id ?? "",
    candidate: row.candidate_employee_id ?? "",
    readiness: row.readiness ?? "",
    status: finalStatus.get(`${row.position_id}|${row.candidate_employee_id}`) ?? row.status ?? "",
  }));
  for (const n of nominations) {
    if (n.status === "approved") positions.get(n.positionId)?.approved.push({ candidate: n.candidate, readiness: n.readiness });
  }

  const retiringSoon = (id: string | null) => {
    const r = id === null ? null : people.get(id)?.retirement;
    return r !== null && r !== undefined && r <= horizon;
  };
  const soleSuccessorOf = new Map<string, number>();
  for (const p of positions.values()) {
    const only = p.approved.length === 1 ? p.approved[0] : undefined;
    if (only) soleSuccessorOf.set(only.candidate, (soleSuccessorOf.get(only.candidate) ?? 0) + 1);
  }
  const isStuck = (id: string | null) => {
    const p = id === null ? undefined : people.get(id);
    if (!p || p.level < 4 || p.roleStart > sixMonthsAgo || p.management === null || p.leadership === null) return false;
    return (p.leadershipTimePct ?? 100) < 40 || p.leadership < p.management - 15;
  };

  for (const p of positions.values()) {
    if (p.watched && p.approved.length === 0) p.flags.add("no-successor");
    if (p.watched && retiringSoon(p.incumbent) && !p.approved.some((a) => a.readiness === "ready_now")) p.flags.add("retirement-uncovered");
    const only = p.approved.length === 1 ? p.approved[0] : undefined;
    if (p.watched && only) {
      const c = people.get(only.candidate);
      if (retiringSoon(only.candidate) || c?.flightRisk === "high" || (soleSuccessorOf.get(only.candidate) ?? 0) >= 2) p.flags.add("single-point");
    }
    if (isStuck(p.incumbent)) p.flags.add("stuck-incumbent");
  }
  for (const n of nominations) {
    if (n.readiness !== "ready_now" || (n.status !== "approved" && n.status !== "proposed")) continue;
    const position = positions.get(n.positionId);
    const candidate = people.get(n.candidate);
    if (!position || !candidate || position.level < 2) continue;
    const score = position.level >= 4 ? candidate.leadership : candidate.management;
    if (score !== null && score < 60) position.flags.add("readiness-mismatch");
  }
  return { people, positions, nominations, soleSuccessorOf };
}
