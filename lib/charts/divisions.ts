// Charts "by division" group every seat and person under the top unit of
// what the viewer may see: the divisions for the organization, a manager's
// own unit for a manager.

export interface ChartGroup {
  id: string; // org unit path
  name: string;
}

// Units are keyed by path, so a unit's group is its longest path prefix that
// is a group. Indexed once: linear in the rows, not rows × groups.
export function groupIndex(groups: readonly ChartGroup[]): (orgUnitPath: string) => number | null {
  const exact = new Map<string, number>();
  groups.forEach((g, i) => exact.set(g.id, i));
  return (path) => {
    let candidate = path;
    for (;;) {
      const hit = exact.get(candidate);
      if (hit !== undefined) return hit;
      const cut = candidate.lastIndexOf("/");
      if (cut <= 0) return null;
      candidate = candidate.slice(0, cut);
    }
  };
}
