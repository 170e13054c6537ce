import type { HeatmapRow, IsoDate, LevelInput } from "@/lib/domain";
import { riskClassIndex } from "./heatmap-scale";

// A cell as the page ships it. The browser receives every unit's row (a
// division opens to its departments there), a few thousand cells at 100,000
// people: four numbers each, in the order of the grid's levels. The colour
// and the drill-down link are derived where the cell is drawn (cellView);
// as objects with both, the grid was most of the heatmap page's 527 kB.
export type HeatmapCell = readonly [positions: number, highRisk: number, noReadySuccessor: number, meanRisk: number | null];

export interface HeatmapCellView {
  level: string;
  positions: number;
  highRisk: number;
  noReadySuccessor: number;
  meanRisk: number | null;
  riskClass: number | null; // index into RISK_CLASSES; null for an empty cell
  href: string | null; // the gap report filtered to this cell; null when empty
}

export interface HeatmapGridRow {
  id: string | null; // org unit path; null for the whole scope
  name: string;
  depth: number;
  parentId: string | null; // the nearest shown ancestor
  hasChildren: boolean;
  cells: HeatmapCell[];
}

export interface HeatmapGrid {
  asOf: IsoDate;
  levels: { code: string; name: string }[];
  rows: HeatmapGridRow[];
}

const EMPTY_CELL: HeatmapCell = [0, 0, 0, null];

export function cellView(grid: HeatmapGrid, row: HeatmapGridRow, index: number): HeatmapCellView {
  const level = grid.levels[index]?.code ?? "";
  const [positions, highRisk, noReadySuccessor, meanRisk] = row.cells[index] ?? EMPTY_CELL;
  const empty = positions === 0;
  return {
    level,
    positions,
    highRisk,
    noReadySuccessor,
    meanRisk,
    riskClass: empty ? null : riskClassIndex(meanRisk),
    href: empty ? null : gapsHref({ orgUnit: row.id, level, asOf: grid.asOf }),
  };
}

// The drill-down link: the gap report takes the same filters as the API
// (orgUnit = the unit and everything below it).
export function gapsHref(options: { orgUnit: string | null; level: string; asOf: IsoDate }): string {
  const params = new URLSearchParams();
  if (options.orgUnit) params.set("orgUnit", options.orgUnit);
  params.set("level", options.level);
  params.set("asOf", options.asOf);
  return `/gaps?${params.toString()}`;
}

// Engine rows (one per unit × level, organization first, units by path) into
// a grid. Only units down to maxDepth are kept: the page stays light however
// big the organization, and deeper units are one click away on the gap report.
export function heatmapGrid(options: {
  rows: readonly HeatmapRow[];
  levels: readonly LevelInput[];
  asOf: IsoDate;
  maxDepth: number;
  wholeLabel: string; // "Whole organization", or "Your reporting line" for a manager
}): HeatmapGrid {
  const names = new Map(options.levels.map((l) => [l.code, l.name]));
  // The whole scope's rows come in every level: they set the columns.
  const levelCodes = [...new Set(options.rows.filter((row) => row.orgUnitId === null).map((row) => row.level))];
  const column = new Map(levelCodes.map((code, i) => [code, i]));
  const byUnit = new Map<string | null, { row: HeatmapRow; cells: HeatmapCell[] }>();
  for (const row of options.rows) {
    const index = column.get(row.level);
    if (row.depth > options.maxDepth || index === undefined) continue;
    let unit = byUnit.get(row.orgUnitId);
    if (!unit) byUnit.set(row.orgUnitId, (unit = { row, cells: levelCodes.map(() => EMPTY_CELL) }));
    unit.cells[index] = [row.positions, row.highRisk, row.noReadySuccessor, row.meanRisk];
  }

  const shown = new Set([...byUnit.keys()].filter((id): id is string => id !== null));
  const parentOf = (id: string): string | null => {
    for (let cut = id.lastIndexOf("/"); cut > 0; cut = id.lastIndexOf("/", cut - 1)) {
      const candidate = id.slice(0, cut);
      if (shown.has(candidate)) return candidate;
    }
    return null;
  };
  const rows: HeatmapGridRow[] = [...byUnit.values()].map(({ row, cells }) => ({
    id: row.orgUnitId,
    name: row.orgUnitId === null ? options.wholeLabel : (row.orgUnitName ?? row.orgUnitId),
    depth: row.depth,
    parentId: row.orgUnitId === null ? null : parentOf(row.orgUnitId),
    hasChildren: false,
    cells,
  }));
  const parents = new Set(rows.map((r) => r.parentId));
  for (const row of rows) row.hasChildren = row.id !== null && parents.has(row.id);
  return { asOf: options.asOf, levels: levelCodes.map((code) => ({ code, name: names.get(code) ?? code })), rows };
}

// The rows a reader sees with the given units opened: a row shows when every
// shown ancestor is open. With nothing open, the first view: the whole scope
// and its divisions.
export function visibleRows(grid: HeatmapGrid, open: ReadonlySet<string>): HeatmapGridRow[] {
  const byId = new Map(grid.rows.filter((r) => r.id !== null).map((r) => [r.id as string, r]));
  const shown = (row: HeatmapGridRow): boolean => {
    for (let parent = row.parentId; parent !== null; parent = byId.get(parent)?.parentId ?? null) {
      if (!open.has(parent)) return false;
    }
    return true;
  };
  return grid.rows.filter(shown);
}
