import type { ChainNode, ScenarioOutcome } from "@/lib/server/views/scenario-page";

// The scenario as one CSV: every decided seat in chain order, a move or an
// unfilled seat, with names beside ids so the file reads without Baton.
// lib/tables/csv.ts makes every cell formula-safe.
export interface ScenarioCsvRow {
  outcome: "move" | "unfilled";
  step: number | null;
  depth: number;
  positionId: string;
  positionTitle: string;
  level: string;
  orgUnitPath: string;
  vacatedBy: string;
  vacatedByName: string;
  filledBy: string | null;
  filledByName: string | null;
  filledByFromLevel: string | null;
  reason: string | null;
  blocked: string | null;
}

export const SCENARIO_CSV_COLUMNS = [
  "outcome",
  "step",
  "depth",
  "position_id",
  "position_title",
  "level",
  "org_unit_path",
  "vacated_by",
  "vacated_by_name",
  "filled_by",
  "filled_by_name",
  "filled_by_from_level",
  "reason",
  "blocked",
] as const;

export function scenarioCsvRows(outcome: Pick<ScenarioOutcome, "chains">): ScenarioCsvRow[] {
  const rows: ScenarioCsvRow[] = [];
  const visit = (n: ChainNode) => {
    rows.push({
      outcome: n.mover ? "move" : "unfilled",
      step: n.step,
      depth: n.depth,
      positionId: n.seat.positionId,
      positionTitle: n.seat.title,
      level: n.seat.level,
      orgUnitPath: n.seat.orgUnitPath,
      vacatedBy: n.vacatedBy.employeeId,
      vacatedByName: n.vacatedBy.name,
      filledBy: n.mover?.person.employeeId ?? null,
      filledByName: n.mover?.person.name ?? null,
      filledByFromLevel: n.mover?.fromLevel ?? null,
      reason: n.unfilled?.reason ?? null,
      blocked: n.unfilled ? n.unfilled.blocked.map((b) => `${b.person.employeeId}:${b.why}`).join(";") || null : null,
    });
    n.next.forEach(visit);
  };
  outcome.chains.forEach(visit);
  return rows;
}
