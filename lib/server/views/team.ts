import "server-only";
import { totalSuccessors } from "@/lib/domain/successors";
import { canOpenTeam, mayAssess } from "@/lib/server/access/permissions";
import { findOpenCycle, type OpenCycle } from "@/lib/server/operations/assessments";
import type { Viewer } from "@/lib/server/access/viewer";
import type { TeamQuery } from "@/lib/schemas/team";
import { teamPage } from "@/lib/team/table";

export interface TeamRow {
  employeeId: string;
  name: string;
  title: string;
  managerId: string | null;
  mgmtScore: number | null;
  leadScore: number | null;
  stuck: boolean;
  retiringSoon: boolean;
  // null when the person holds no seat.
  seatHasApprovedSuccessor: boolean | null;
  assessment: "draft" | "submitted" | null; // in the open cycle
  assessable: boolean; // a cycle is open and the reader may assess this person
}

export interface Team {
  kind: "subtree" | "unassessed";
  cycle: OpenCycle | null;
  rows: TeamRow[]; // one page
  total: number; // rows matching the filter
  page: number;
  everyone: number; // the whole team or list, before the filter
}

// A manager's team is their reporting subtree without themselves: their
// own scores come from their own assessment, which is not theirs to read
// (SPEC §4). HR sees instead who is still to be assessed in the open cycle.
// Executives have no team here (null → 404).
// HR's list can be the whole organization at the start of a cycle: it is
// filtered, sorted and paged like every other table (lib/team/table.ts).
export async function findTeam(viewer: Viewer, query: TeamQuery): Promise<Team | null> {
  const { db, scope } = viewer;
  if (!canOpenTeam(viewer)) return null;
  const cycle = await findOpenCycle(viewer);
  const select = { employeeId: true, name: true, title: true, managerId: true, position: { select: { positionId: true } } } as const;

  let people;
  if (scope.kind === "subtree") {
    const ids = [...scope.employeeIds].filter((id) => id !== scope.selfId);
    people = await db.person.findMany({ where: { employeeId: { in: ids }, active: true }, select, orderBy: { employeeId: "asc" } });
  } else {
    if (!cycle) return { kind: "unassessed", cycle, rows: [], total: 0, page: 1, everyone: 0 };
    const where = { active: true, assessments: { none: { cycleId: cycle.id, status: "submitted" } } };
    people = await db.person.findMany({ where, select, orderBy: { employeeId: "asc" } });
  }

  const ids = people.map((p) => p.employeeId);
  const [state, statuses] = await Promise.all([
    viewer.state(),
    cycle
      ? db.assessment.findMany({ where: { cycleId: cycle.id, personId: { in: ids } }, select: { personId: true, status: true } })
      : Promise.resolve([]),
  ]);
  const statusOf = new Map(statuses.map((s) => [s.personId, s.status === "draft" ? ("draft" as const) : ("submitted" as const)]));
  const { snapshot } = state;
  const rows = people.map((p): TeamRow => {
    const derived = snapshot.people.get(p.employeeId);
    const seatIndex = p.position ? snapshot.positionIndex.get(p.position.positionId) : undefined;
    const seat = seatIndex === undefined ? undefined : snapshot.positions[seatIndex];
    return {
      employeeId: p.employeeId,
      name: p.name,
      title: p.title,
      managerId: p.managerId,
      mgmtScore: derived?.scores.mgmtScore ?? null,
      leadScore: derived?.scores.leadScore ?? null,
      stuck: derived?.stuck.stuck ?? false,
      retiringSoon: derived?.retiringSoon ?? false,
      // GapRow successors count approved nominations only (lib/domain/positions.ts).
      seatHasApprovedSuccessor: seat ? totalSuccessors(seat.successors) > 0 : null,
      assessment: statusOf.get(p.employeeId) ?? null,
      assessable: cycle !== null && mayAssess(viewer, p.employeeId),
    };
  });
  const shown = teamPage(rows, query);
  return { kind: scope.kind === "subtree" ? "subtree" : "unassessed", cycle, rows: shown.rows, total: shown.total, page: shown.page, everyone: rows.length };
}
