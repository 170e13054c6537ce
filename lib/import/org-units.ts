import type { Column, SqlValue } from "./sql";
import type { Counts, PreviewLine } from "@/lib/csv/results";

export interface NewOrgUnit {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
}

// The org units a set of paths needs that Baton does not have yet: every
// ancestor of "A/B/C" too, parents before children so the parent foreign key
// always points at a row already written. The id is the path, the name its
// last segment, the depth its number of ancestors (0 = division). Units that
// exist are never changed by an import: HR may have renamed them.
export function missingOrgUnits(paths: Iterable<string>, existing: ReadonlySet<string>): NewOrgUnit[] {
  const created = new Map<string, NewOrgUnit>();
  for (const path of paths) {
    const segments = path.split("/");
    for (let depth = 0; depth < segments.length; depth++) {
      const id = segments.slice(0, depth + 1).join("/");
      if (existing.has(id) || created.has(id)) continue;
      created.set(id, {
        id,
        name: segments[depth] ?? id,
        parentId: depth === 0 ? null : segments.slice(0, depth).join("/"),
        depth,
      });
    }
  }
  return [...created.values()].sort((a, b) => a.depth - b.depth);
}

export function orgUnitCounts(paths: ReadonlySet<string>, created: NewOrgUnit[]): Counts {
  const createdIds = new Set(created.map((unit) => unit.id));
  let unchanged = 0;
  for (const path of paths) if (!createdIds.has(path)) unchanged++;
  return { created: created.length, updated: 0, unchanged };
}

export const ORG_UNIT_COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "name", type: "text" },
  { name: "parentId", type: "text" },
  { name: "depth", type: "int" },
];

export function orgUnitValues(unit: NewOrgUnit): SqlValue[] {
  return [unit.id, unit.name, unit.parentId, unit.depth];
}

export function orgUnitPreview(units: NewOrgUnit[]): PreviewLine[] {
  return units.map((unit) => ({ entity: "orgUnits", key: unit.id, action: "create" }));
}
