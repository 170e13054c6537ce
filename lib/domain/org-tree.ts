import { compareKeys } from "./order";
import type { OrgUnitInput } from "./types";

export interface OrgTree {
  units: OrgUnitInput[]; // sorted by id (the path), so parents come before children
  indexOf(unitId: string): number | undefined;
  // The unit itself, then its parent, up to the top: every unit whose
  // subtree totals must include something placed in this unit.
  chainOf(index: number): readonly number[];
  // 1 for a division; 0 for the whole organization and for a company root,
  // which stands for the whole organization (see companyRootOf).
  depthOf(index: number): number;
  // The company root's index, when the tree has one.
  root: number | undefined;
}

// A parent the given units do not contain makes a unit top-level.
function topLevel(units: readonly OrgUnitInput[]): OrgUnitInput[] {
  const known = new Set(units.map((u) => u.id));
  return units.filter((u) => u.parentId === null || !known.has(u.parentId));
}

// HRIS exports usually hang everything under one unit named after the
// company ("Acme/Finance/…", "Acme/Operations/…"). That unit is the whole
// organization again, not a division: when the top level is a single unit
// with units below it, it is the company root and its children are the
// divisions. Every screen and chart that speaks of divisions asks this rule.
export function companyRootOf(units: readonly OrgUnitInput[]): OrgUnitInput | null {
  const tops = topLevel(units);
  const only = tops.length === 1 ? tops[0] : undefined;
  if (!only) return null;
  return units.some((u) => u.parentId === only.id) ? only : null;
}

// The divisions: the children of the company root when there is one, the
// top-level units otherwise. In path order.
export function divisionsOf(units: readonly OrgUnitInput[]): OrgUnitInput[] {
  const root = companyRootOf(units);
  const divisions = root ? units.filter((u) => u.parentId === root.id) : topLevel(units);
  return divisions.sort((a, b) => compareKeys(a.id, b.id));
}

// A parent the engine was not given makes a unit top-level; a parent cycle
// (which the importer refuses) is cut where it closes, so totals stay finite.
// `companyRoot: false` keeps the top unit as depth 1: a manager's subtree is
// rooted at their own unit, which is theirs, not the company's.
export function buildOrgTree(orgUnits: readonly OrgUnitInput[], options: { companyRoot?: boolean } = {}): OrgTree {
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

  const rootUnit = options.companyRoot === false ? null : companyRootOf(units);
  const root = rootUnit ? index.get(rootUnit.id) : undefined;
  const lift = root === undefined ? 0 : 1;
  return {
    units,
    indexOf: (unitId) => index.get(unitId),
    chainOf: (i) => chains[i] ?? [],
    depthOf: (i) => Math.max(0, (chains[i]?.length ?? 0) - lift),
    root,
  };
}
