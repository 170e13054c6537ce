import "server-only";
import { buildOrgTree, computeHeatmap, computePipeline, type HeatmapRow, type PipelineRow } from "@/lib/domain";
import { isInUnitSubtree, positionVisible, visibleFlags } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";

// Heatmap and pipeline are aggregates. HR, admins and executives get the
// organization's; a manager gets the same figures computed over their own
// subtree only, so no count leaks what lies outside it.
export async function findHeatmap(viewer: Viewer): Promise<HeatmapRow[]> {
  const { snapshot, input } = await viewer.state();
  const { scope } = viewer;
  if (scope.kind === "organization") return snapshot.heatmap;
  return computeHeatmap({
    tree: buildOrgTree(input.orgUnits.filter((u) => isInUnitSubtree(u.id, scope.orgUnitId)), { companyRoot: false }),
    levelCodes: snapshot.levels.map((l) => l.code),
    positions: snapshot.positions.filter((row) => positionVisible(viewer, row)).map((row) => ({ ...row, flags: visibleFlags(viewer, row) })),
  });
}

export async function findPipeline(viewer: Viewer): Promise<PipelineRow[]> {
  const { snapshot, input } = await viewer.state();
  const { scope } = viewer;
  if (scope.kind === "organization") return snapshot.pipeline;
  return computePipeline({
    tree: buildOrgTree(input.orgUnits.filter((u) => isInUnitSubtree(u.id, scope.orgUnitId)), { companyRoot: false }),
    transitions: snapshot.transitions,
    positions: snapshot.positions.filter((row) => positionVisible(viewer, row)),
    // The manager's reports, not the manager: their own readiness is not theirs to see.
    people: [...snapshot.people.values()].filter((p) => scope.employeeIds.has(p.employeeId) && p.employeeId !== scope.managerId),
    settings: snapshot.settings,
  });
}
