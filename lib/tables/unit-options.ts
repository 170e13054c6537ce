import { companyRootOf } from "@/lib/domain";

// The org-unit choices of a table filter, from the unit paths the viewer's
// rows sit in ("Division/Department/Team"), each with its parents so a whole
// division can be picked.
export interface UnitOption {
  id: string; // the path
  name: string; // its last segment
  depth: number; // path segments below the top: 0 = a top-level unit
}

// A select with thousands of teams helps nobody: past this many units the
// filter offers divisions and departments only (below a company root, if the
// paths have one: lib/domain/org-tree.ts); deeper units are reached by
// following a row's unit link. The selected unit is always offered.
export const MAX_UNIT_OPTIONS = 300;

export function unitOptions(paths: Iterable<string>, selected?: string, max = MAX_UNIT_OPTIONS): UnitOption[] {
  const ids = new Set<string>();
  for (const path of paths) {
    if (ids.has(path)) continue;
    let cut = path.indexOf("/");
    while (cut !== -1) {
      ids.add(path.slice(0, cut));
      cut = path.indexOf("/", cut + 1);
    }
    ids.add(path);
  }
  if (selected) ids.add(selected);
  let options = [...ids].map((id) => ({ id, name: id.slice(id.lastIndexOf("/") + 1), depth: id.split("/").length - 1 }));
  if (options.length > max) {
    const units = options.map((o) => ({ id: o.id, name: o.name, parentId: o.depth === 0 ? null : o.id.slice(0, o.id.lastIndexOf("/")) }));
    const deepest = companyRootOf(units) ? 2 : 1;
    options = options.filter((o) => o.depth <= deepest || o.id === selected);
  }
  // Plain code-unit order keeps every unit right under its parent.
  return options.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
