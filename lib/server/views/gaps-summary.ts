import "server-only";
import { HIGH_RISK_THRESHOLD, orgBenchStrength, zeroFlagCounts, type GapFlag, type OrgBenchStrength } from "@/lib/domain";
import { hiddenSelf, positionVisible, visibleFlags, type Access } from "@/lib/server/access/permissions";
import type { OrgState } from "@/lib/server/state/org-state";

// The tiles above the gap report: how exposed the seats the viewer may see
// are, whatever filter the table below has. Counts only, so executives get
// them too.
export interface GapsSummary {
  positions: number;
  bench: OrgBenchStrength;
  flagCounts: Record<GapFlag, number>;
  // Any seat, watched or not, whose incumbent retires within the horizon
  // with nobody approved as ready now: the retirement wave in one number.
  retiringWithoutReadyNow: number;
  highRisk: number;
}

// The organization-wide summary is the same for every viewer who sees the
// whole organization, but for a viewer's own stuck flag (visibleFlags):
// computed once per snapshot and hidden self.
const organizationSummaries = new WeakMap<OrgState, Map<string | null, GapsSummary>>();

export function summarizeGaps(access: Access, state: OrgState): GapsSummary {
  if (access.scope.kind === "organization") {
    let byViewer = organizationSummaries.get(state);
    if (!byViewer) organizationSummaries.set(state, (byViewer = new Map()));
    const self = hiddenSelf(access);
    let summary = byViewer.get(self);
    if (!summary) byViewer.set(self, (summary = computeSummary(access, state)));
    return summary;
  }
  return computeSummary(access, state);
}

function computeSummary(access: Access, state: OrgState): GapsSummary {
  const { positions, positionDetails } = state.snapshot;
  const flagCounts = zeroFlagCounts();
  const readyNowByCriticalSeat: (readonly string[])[] = [];
  let visible = 0;
  let retiringWithoutReadyNow = 0;
  let highRisk = 0;
  positions.forEach((row, i) => {
    if (!positionVisible(access, row)) return;
    visible += 1;
    for (const flag of visibleFlags(access, row)) flagCounts[flag] += 1;
    const detail = positionDetails[i];
    if (detail?.incumbentRetiringSoon && row.successors.readyNow === 0) retiringWithoutReadyNow += 1;
    if (row.risk >= HIGH_RISK_THRESHOLD) highRisk += 1;
    if (row.critical) readyNowByCriticalSeat.push(detail?.successorIds.readyNow ?? []);
  });
  // The snapshot already holds the organization's figure (a maximum matching
  // over every critical seat); a manager's subtree gets its own.
  const bench = access.scope.kind === "organization" ? state.snapshot.benchStrength : orgBenchStrength(readyNowByCriticalSeat);
  return { positions: visible, bench, flagCounts, retiringWithoutReadyNow, highRisk };
}
