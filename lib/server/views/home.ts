import "server-only";
import { canNominate, seatVisible } from "@/lib/server/access/permissions";
import type { IsoDate } from "@/lib/domain";
import type { Viewer } from "@/lib/server/access/viewer";
import { summarizeGaps, type GapsSummary } from "./gaps-summary";
import { findHomeLeads, type HomeLeads } from "./home-leads";

export interface HomeSummary {
  people: number;
  positions: number;
  criticalPositions: number;
  vacantPositions: number;
  // Pending nominations are private to HR and their nominator (SPEC §2).
  openNominations: number | null;
}

export async function findHomeSummary(viewer: Viewer): Promise<HomeSummary> {
  const { db, user, scope } = viewer;
  if (scope.kind === "organization") {
    const [people, positions, criticalPositions, vacantPositions, openNominations] = await Promise.all([
      db.person.count({ where: { active: true } }),
      db.position.count(),
      db.position.count({ where: { critical: true } }),
      db.position.count({ where: { incumbentId: null } }),
      !canNominate(viewer) ? Promise.resolve(null) : db.nomination.count({ where: { status: "proposed" } }),
    ]);
    return { people, positions, criticalPositions, vacantPositions, openNominations };
  }
  // A manager's subtree is at most a few thousand people: filter in memory
  // rather than send thousands of ids as SQL parameters.
  const positions = await db.position.findMany({ select: { incumbentId: true, orgUnitId: true, critical: true } });
  const visible = positions.filter((p) => seatVisible(viewer, p));
  const openNominations = user.personId
    ? await db.nomination.count({ where: { status: "proposed", nominatedById: user.personId } })
    : 0;
  return {
    people: Math.max(0, scope.employeeIds.size - 1),
    positions: visible.length,
    criticalPositions: visible.filter((p) => p.critical).length,
    vacantPositions: visible.filter((p) => !p.incumbentId).length,
    openNominations,
  };
}

export interface HomeView {
  asOf: IsoDate;
  scopeKind: Viewer["scope"]["kind"];
  summary: HomeSummary;
  health: GapsSummary;
  leads: HomeLeads;
}

// The overview page: the counts and the pipeline's health as of the viewer's date.
export async function findHomeView(viewer: Viewer): Promise<HomeView> {
  const [summary, state] = await Promise.all([findHomeSummary(viewer), viewer.state()]);
  const leads = await findHomeLeads(viewer, summary.openNominations);
  return { asOf: viewer.asOf, scopeKind: viewer.scope.kind, summary, health: summarizeGaps(viewer, state), leads };
}
