import "server-only";
import { mostExposed, type GapFlag } from "@/lib/domain";
import { canAdminister, canNominate, canOpenTeam, visibleFlags } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findOpenCycle } from "@/lib/server/operations/assessments";
import { findNominations } from "@/lib/server/operations/nominations";
import { countUnreadNotifications } from "@/lib/server/operations/notifications";
import type { OrgState } from "@/lib/server/state/org-state";
import { visibleSeats } from "./scoped-views";

// Where the overview leads, per role, from the reads the workspaces already
// use: the seats most at risk in the viewer's scope (as the executive
// summary ranks them), the latest decisions on nominations the viewer may
// read, and what waits for the viewer's own action.

export const HOME_TOP_RISKS = 5;
export const HOME_RECENT_DECISIONS = 5;

export interface HomeRisk {
  positionId: string;
  title: string;
  orgUnitPath: string;
  risk: number;
  flags: GapFlag[];
  incumbentName: string | null; // null for a vacancy
}

export interface HomeDecision {
  id: number;
  positionId: string;
  positionTitle: string | null;
  candidateName: string | null; // null outside the viewer's scope
  candidateId: string;
  status: string;
  decidedAt: string;
}

export interface HomeTask {
  key: "decide" | "assess" | "proposals" | "notifications";
  count: number;
  href: string;
}

export interface HomeLeads {
  topRisks: HomeRisk[];
  recentDecisions: HomeDecision[];
  tasks: HomeTask[];
}

function topRisks(viewer: Viewer, state: OrgState): HomeRisk[] {
  const atRisk = visibleSeats(viewer, state)
    .map((s) => s.row)
    .filter((row) => row.risk > 0);
  return mostExposed(atRisk, state.snapshot.levels, HOME_TOP_RISKS).map((row) => ({
    positionId: row.positionId,
    title: row.title,
    orgUnitPath: row.orgUnitPath,
    risk: row.risk,
    flags: visibleFlags(viewer, row),
    incumbentName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? row.incumbentEmployeeId) : null,
  }));
}

async function recentDecisions(viewer: Viewer): Promise<HomeDecision[]> {
  const rows = await findNominations(viewer);
  // An imported approval carries no decision time: it was decided when it
  // was last written.
  return rows
    .filter((n) => n.status === "approved" || n.status === "declined")
    .map((n) => ({ id: n.id, positionId: n.positionId, positionTitle: n.positionTitle, candidateName: n.candidateName, candidateId: n.candidateId, status: n.status, decidedAt: n.decidedAt ?? n.updatedAt }))
    .sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : b.id - a.id))
    .slice(0, HOME_RECENT_DECISIONS);
}

// People the viewer could assess in the open cycle who have no submitted
// assessment yet: HR's whole organization, a manager's reports.
async function countToAssess(viewer: Viewer): Promise<number> {
  const { db, scope } = viewer;
  if (!canOpenTeam(viewer)) return 0;
  const cycle = await findOpenCycle(viewer);
  if (!cycle) return 0;
  const notSubmitted = { active: true, assessments: { none: { cycleId: cycle.id, status: "submitted" } } };
  if (scope.kind === "organization") return scope.sensitive ? db.person.count({ where: notSubmitted }) : 0;
  // The same people My team lists, by the same query shape.
  const { snapshot } = await viewer.todayState();
  const ids = [...scope.employeeIds].filter((id) => id !== scope.selfId && snapshot.people.get(id)?.active);
  const assessed = await db.assessment.count({ where: { cycleId: cycle.id, status: "submitted", personId: { in: ids } } });
  return ids.length - assessed;
}

async function tasks(viewer: Viewer, openNominations: number | null): Promise<HomeTask[]> {
  const hr = canAdminister(viewer);
  const [toAssess, unread] = await Promise.all([countToAssess(viewer), canNominate(viewer) ? countUnreadNotifications(viewer) : Promise.resolve(0)]);
  const list: HomeTask[] = [];
  if (hr && openNominations) list.push({ key: "decide", count: openNominations, href: "/nominations#inbox" });
  if (toAssess > 0) list.push({ key: "assess", count: toAssess, href: hr ? "/team" : "/team?status=none" });
  if (!hr && openNominations) list.push({ key: "proposals", count: openNominations, href: "/nominations#mine" });
  if (unread > 0) list.push({ key: "notifications", count: unread, href: "/nominations#notifications" });
  return list;
}

export async function findHomeLeads(viewer: Viewer, openNominations: number | null): Promise<HomeLeads> {
  const [state, decisions, todo] = await Promise.all([viewer.state(), recentDecisions(viewer), tasks(viewer, openNominations)]);
  return { topRisks: topRisks(viewer, state), recentDecisions: decisions, tasks: todo };
}
