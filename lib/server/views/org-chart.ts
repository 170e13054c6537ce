import "server-only";
import { buildOrgChartTree, pathTo, type OrgChartTree } from "@/lib/charts/org-chart";
import type { BenchStrength, GapFlag, IsoDate, SuccessorCounts } from "@/lib/domain";
import { personVisible, positionVisible, visibleFlags, type Access } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { foldedNameOf, foldForSearch } from "@/lib/server/state/name-search";
import type { OrgState } from "@/lib/server/state/org-state";

// The succession org chart: position boxes on the reporting tree, served a
// level at a time so the browser only ever holds what is expanded. A box
// carries what every role may see about a seat (names, readiness counts,
// flags), never a date of birth, a retirement date or a flight risk.
export interface OrgBox {
  positionId: string;
  title: string;
  orgUnitPath: string;
  orgUnitName: string;
  level: string;
  levelName: string;
  critical: boolean;
  incumbent: { employeeId: string; name: string; profileHref: string | null } | null;
  successors: SuccessorCounts;
  benchStrength: BenchStrength;
  flags: GapFlag[];
  risk: number;
  childCount: number; // direct reports the viewer may see
  descendantCount: number; // everyone below, as far as the viewer may see
}

export interface OrgChildrenPage {
  parentId: string;
  boxes: OrgBox[];
  total: number;
  nextOffset: number | null; // null when every child has been sent
}

export const CHILDREN_PAGE = 100;

const trees = new WeakMap<OrgState, OrgChartTree>();

// One tree per snapshot: the snapshot is cached per as-of date and data
// version, so the tree is rebuilt exactly when the data changes.
function treeOf(state: OrgState): OrgChartTree {
  let tree = trees.get(state);
  if (!tree) {
    const rank = new Map(state.snapshot.levels.map((l) => [l.code, l.rank]));
    const known = new Set(state.input.people.map((p) => p.employeeId));
    tree = buildOrgChartTree(
      state.snapshot.positions.map((row, i) => {
        const recorded = state.snapshot.positionDetails[i]?.recordedIncumbentId ?? null;
        return {
          positionId: row.positionId,
          orgUnitPath: row.orgUnitPath,
          levelRank: rank.get(row.level) ?? 0,
          holderId: recorded !== null && known.has(recorded) ? recorded : null,
          sortName: row.incumbentEmployeeId ? (state.names.get(row.incumbentEmployeeId) ?? "") : "",
        };
      }),
      state.input.people,
    );
    trees.set(state, tree);
  }
  return tree;
}

class ChartView {
  private readonly levelNames: Map<string, string>;
  readonly tree: OrgChartTree;

  constructor(
    readonly state: OrgState,
    readonly access: Access,
  ) {
    this.tree = treeOf(state);
    this.levelNames = new Map(state.snapshot.levels.map((l) => [l.code, l.name]));
  }

  visible(positionId: string): boolean {
    const i = this.state.snapshot.positionIndex.get(positionId);
    const row = i === undefined ? undefined : this.state.snapshot.positions[i];
    return row !== undefined && positionVisible(this.access, row);
  }

  children(positionId: string): string[] {
    const all = this.tree.childrenOf.get(positionId) ?? [];
    return this.access.scope.kind === "organization" ? [...all] : all.filter((id) => this.visible(id));
  }

  roots(): string[] {
    if (this.access.scope.kind === "organization") return [...this.tree.roots];
    // A manager's chart starts at every seat they may see whose parent they may not.
    return this.state.snapshot.positions
      .filter((row) => positionVisible(this.access, row))
      .map((row) => row.positionId)
      .filter((id) => {
        const parent = this.tree.parentOf.get(id) ?? null;
        return parent === null || !this.visible(parent);
      });
  }

  private descendants(positionId: string): number {
    if (this.access.scope.kind === "organization") return this.tree.descendants.get(positionId) ?? 0;
    let total = 0;
    const stack = this.children(positionId);
    while (stack.length > 0) {
      total += 1;
      stack.push(...this.children(stack.pop()!));
    }
    return total;
  }

  box(positionId: string): OrgBox | null {
    const i = this.state.snapshot.positionIndex.get(positionId);
    const row = i === undefined ? undefined : this.state.snapshot.positions[i];
    if (!row || !positionVisible(this.access, row)) return null;
    const incumbentId = row.incumbentEmployeeId;
    return {
      positionId: row.positionId,
      title: row.title,
      orgUnitPath: row.orgUnitPath,
      orgUnitName: row.orgUnitPath.slice(row.orgUnitPath.lastIndexOf("/") + 1),
      level: row.level,
      levelName: this.levelNames.get(row.level) ?? row.level,
      critical: row.critical,
      incumbent: incumbentId
        ? {
            employeeId: incumbentId,
            name: this.state.names.get(incumbentId) ?? incumbentId,
            profileHref: personVisible(this.access, incumbentId) ? `/people/${encodeURIComponent(incumbentId)}` : null,
          }
        : null,
      successors: row.successors,
      benchStrength: row.benchStrength,
      // "Stuck" is read from the incumbent's own assessment: not theirs to see.
      flags: visibleFlags(this.access, row),
      risk: row.risk,
      childCount: this.children(positionId).length,
      descendantCount: this.descendants(positionId),
    };
  }

  page(parentId: string, offset: number, pinned?: string): OrgChildrenPage {
    const ids = this.children(parentId);
    const slice = ids.slice(offset, offset + CHILDREN_PAGE);
    // A search result beyond the first page still has to appear on its path.
    if (pinned && !slice.includes(pinned) && ids.includes(pinned)) slice.push(pinned);
    const end = offset + CHILDREN_PAGE;
    return {
      parentId,
      boxes: slice.map((id) => this.box(id)).filter((b): b is OrgBox => b !== null),
      total: ids.length,
      nextOffset: end < ids.length ? end : null,
    };
  }
}

async function viewFor(viewer: Viewer): Promise<ChartView> {
  return new ChartView(await viewer.state(), viewer);
}

export interface OrgChartStart {
  asOf: IsoDate;
  roots: OrgBox[];
  pages: OrgChildrenPage[]; // the roots' first children: the chart opens one level deep
}

export async function findOrgChartStart(viewer: Viewer): Promise<OrgChartStart> {
  const view = await viewFor(viewer);
  const roots = view.roots().map((id) => view.box(id)).filter((b): b is OrgBox => b !== null);
  // Only the first root opens: several (a manager's seat plus vacancies of
  // their unit placed elsewhere) would open a wall.
  return { asOf: viewer.asOf, roots, pages: roots.slice(0, 1).map((r) => view.page(r.positionId, 0)) };
}

// null when the parent is unknown or outside what the viewer may see.
export async function findOrgChartChildren(viewer: Viewer, options: { parentId: string; offset: number }): Promise<OrgChildrenPage | null> {
  const view = await viewFor(viewer);
  return view.visible(options.parentId) ? view.page(options.parentId, options.offset) : null;
}

export interface OrgSearchMatch {
  positionId: string;
  employeeId: string;
  name: string;
  title: string;
  orgUnitPath: string;
}

export const SEARCH_LIMIT = 20;

// People by name (accents ignored) or exact employee id, among the seats the
// viewer may see; names that start with the query first.
export async function searchOrgChart(viewer: Viewer, query: string): Promise<{ matches: OrgSearchMatch[]; total: number }> {
  const view = await viewFor(viewer);
  const q = foldForSearch(query.trim());
  const found: (OrgSearchMatch & { starts: boolean })[] = [];
  for (const row of view.state.snapshot.positions) {
    const id = row.incumbentEmployeeId;
    if (id === null || !positionVisible(viewer, row)) continue;
    const name = view.state.names.get(id) ?? "";
    const folded = foldedNameOf(view.state, id);
    if (!folded.includes(q) && id.toLowerCase() !== q) continue;
    found.push({ positionId: row.positionId, employeeId: id, name, title: row.title, orgUnitPath: row.orgUnitPath, starts: folded.startsWith(q) });
  }
  found.sort((a, b) => Number(b.starts) - Number(a.starts) || a.name.localeCompare(b.name) || a.positionId.localeCompare(b.positionId));
  return { matches: found.slice(0, SEARCH_LIMIT).map(({ starts: _starts, ...m }) => m), total: found.length };
}

export interface OrgChartPath {
  path: string[]; // from a root the viewer sees down to the seat
  pages: OrgChildrenPage[]; // the children of every seat on the path but the last
}

export async function findOrgChartPath(viewer: Viewer, positionId: string): Promise<OrgChartPath | null> {
  const view = await viewFor(viewer);
  if (!view.visible(positionId)) return null;
  const full = pathTo(view.tree, positionId);
  // Keep the part the viewer may see: from the seat up to the first seat they may not.
  let start = full.length - 1;
  while (start > 0 && view.visible(full[start - 1]!)) start -= 1;
  const path = full.slice(start);
  return { path, pages: path.slice(0, -1).map((id, i) => view.page(id, 0, path[i + 1])) };
}
