import "server-only";
import type { PositionsQuery } from "@/lib/schemas/api";
import { unitOptions, type UnitOption } from "@/lib/tables/unit-options";
import type { Scope } from "@/lib/server/access/scope";
import type { Viewer } from "@/lib/server/access/viewer";
import { summarizeGaps, type GapsSummary } from "./gaps-summary";
import { canBrowsePeople } from "./people-directory";
import { findPositions, positionVisible, type VisibleGapRow } from "./positions";
import type { OrgState } from "@/lib/server/state/org-state";

// Everything the Pipeline gaps page shows, in one call: a page of the gap
// report (scoped, filtered, sorted by lib/server/views/positions.ts), the names
// behind it, the summary tiles and the choices its filters offer.
export type GapTableRow = VisibleGapRow & { incumbentName: string | null };

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

function unitChoices(state: OrgState, scope: Scope, selected: string | undefined): UnitOption[] {
  if (scope.kind === "organization") return unitOptions(state.input.orgUnits.map((u) => u.id), selected);
  // A manager picks among the units their seats sit in (and their parents).
  return unitOptions(
    (function* () {
      for (const row of state.snapshot.positions) if (positionVisible(row, scope)) yield row.orgUnitPath;
    })(),
    selected,
  );
}

// Executives see the exposure, not a named person's retirement plans
// (projectGapRow in lib/server/views/positions.ts removes the fields).
export function seesRetirement(scope: Scope): boolean {
  return !(scope.kind === "organization" && !scope.sensitive);
}

export async function findGapsView(viewer: Viewer, query: PositionsQuery): Promise<GapsView> {
  const { user, scope } = viewer;
  const state = await viewer.state();
  const page = await findPositions(viewer, query);
  const rows = page.rows.map((row) => ({
    ...row,
    incumbentName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? null) : null,
  }));
  return {
    ...page,
    rows,
    summary: summarizeGaps(state, scope),
    orgUnits: unitChoices(state, scope, query.orgUnit),
    levels: state.snapshot.levels.map((l) => ({ code: l.code, name: l.name })),
    showsRetirement: seesRetirement(scope),
    canOpenProfiles: canBrowsePeople(user.role),
  };
}

// Every row of the current filtered view, for the CSV export: the same
// scope, filters and order as the screen, without paging.
export async function findAllGapRows(viewer: Viewer, query: PositionsQuery): Promise<VisibleGapRow[]> {
  const all = await findPositions(viewer, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  return all.rows;
}
