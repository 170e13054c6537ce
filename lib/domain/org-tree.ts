import { compareKeys } from "./order";
import type { OrgUnitInput } from "./types";

export interface OrgTree {
  units: OrgUnitInput[]; // sorted by id (the path), so parents come before children
  indexOf(unitId: string): number | undefined;
  // The unit itself, then its parent, up to the top: every unit whose
  // subtree totals must include something placed in this unit.
  chainOf(index: number): readonly number[];
  // 1 for a top-level unit (a division); 0 is kept for the whole organization.
  depthOf(index: number): number;
}

// A parent the engine was not given makes a unit top-level; a parent cycle
// (which the importer refuses) is cut where it closes, so totals stay finite.
export function buildOrgTree(orgUnits: readonly OrgUnitInput[]): OrgTree {
  const units = [...orgUnits].sort((a, b) => compareKeys(a.id, b.id));
  const index = new Map<string, number>();
  units.forEach((unit, i) => index.set(unit.id, i));

  const chains: number[][] = units.map((_, start) => {
    const chain: number[] = [];
    const seen = new Set<number>();
    let current: number | undefined = start;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      chain.push(current);
      const parentId: string | null | undefined = units[current]?.parentId;
      current = parentId == null ? undefined : index.get(parentId);
    }
    return chain;
  });

  return {
    units,
    indexOf: (unitId) => index.get(unitId),
    chainOf: (i) => chains[i] ?? [],
    depthOf: (i) => chains[i]?.length ?? 0,
  };
}
