import "server-only";
import { isRetirementOverdue } from "@/lib/domain";
import type { PositionsQuery } from "@/lib/schemas/api";
import { unitOptions, type UnitOption } from "@/lib/tables/unit-options";
import type { Viewer } from "@/lib/server/access/viewer";
import { summarizeGaps, type GapsSummary } from "./gaps-summary";
import { canBrowsePeople, positionVisible, seesRetirement, type Access } from "@/lib/server/access/permissions";
import { findPositions, type VisibleGapRow } from "./positions";
import type { OrgState } from "@/lib/server/state/org-state";

// Everything the Pipeline gaps page shows, in one call: a page of the gap
// report (scoped, filtered, sorted by lib/server/views/positions.ts), the names
// behind it, the summary tiles and the choices its filters offer.
export type GapTableRow = VisibleGapRow & { incumbentName: string | null; retirementOverdue: boolean };

export interface GapsView {
  asOf: string;
  rows: GapTableRow[];
  page: number;
  pageSize: number;
  total: number;
  summary: GapsSummary;
  orgUnits: UnitOption[];
  levels: { code: string; name: string }[];
  showsRetirement: boolean;
  canOpenProfiles: boolean;
}

function unitChoices(access: Access, state: OrgState, selected: string | undefined): UnitOption[] {
  if (access.scope.kind === "organization") return unitOptions(state.input.orgUnits.map((u) => u.id), selected);
  // A manager picks among the units their seats sit in (and their parents).
  return unitOptions(
    (function* () {
      for (const row of state.snapshot.positions) if (positionVisible(access, row)) yield row.orgUnitPath;
    })(),
    selected,
  );
}

export async function findGapsView(viewer: Viewer, query: PositionsQuery): Promise<GapsView> {
    const state = await viewer.state();
  const page = await findPositions(viewer, query);
  const rows = page.rows.map((row) => ({
    ...row,
    incumbentName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? null) : null,
    retirementOverdue: isRetirementOverdue(row.retirementDate ?? null, viewer.asOf),
  }));
  return {
    ...page,
    rows,
    summary: summarizeGaps(viewer, state),
    orgUnits: unitChoices(viewer, state, query.orgUnit),
    levels: state.snapshot.levels.map((l) => ({ code: l.code, name: l.name })),
    showsRetirement: seesRetirement(viewer),
    canOpenProfiles: canBrowsePeople(viewer),
  };
}

// Every row of the current filtered view, for the CSV export: the same
// scope, filters and order as the screen, without paging.
export async function findAllGapRows(viewer: Viewer, query: PositionsQuery): Promise<VisibleGapRow[]> {
  const all = await findPositions(viewer, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  return all.rows;
}
