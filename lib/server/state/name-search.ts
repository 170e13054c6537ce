import "server-only";
import type { OrgState } from "./org-state";

// One rule for finding people by name, the same on SQLite and PostgreSQL
// (whose LIKE is case-sensitive): case and accents are ignored.
export const foldForSearch = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

// Folding 100,000 names on every keystroke-sized query would dominate search,
// so the folded names are kept with the names, which states of one set of
// people share (lib/server/state/org-state.ts).
const foldedNames = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

export function foldedNameOf(state: OrgState, employeeId: string): string {
  let names = foldedNames.get(state.names);
  if (!names) foldedNames.set(state.names, (names = new Map()));
  let folded = names.get(employeeId);
  if (folded === undefined) names.set(employeeId, (folded = foldForSearch(state.names.get(employeeId) ?? "")));
  return folded;
}
