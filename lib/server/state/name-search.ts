import "server-only";
import type { OrgState } from "./org-state";

// One rule for finding people by name, the same on SQLite and PostgreSQL
// (whose LIKE is case-sensitive): case and accents are ignored.
export const foldForSearch = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

// Folding 100,000 names on every keystroke-sized query would dominate search,
// so each state keeps its folded names.
const foldedNames = new WeakMap<OrgState, Map<string, string>>();

export function foldedNameOf(state: OrgState, employeeId: string): string {
  let names = foldedNames.get(state);
  if (!names) foldedNames.set(state, (names = new Map()));
  let folded = names.get(employeeId);
  if (folded === undefined) names.set(employeeId, (folded = foldForSearch(state.names.get(employeeId) ?? "")));
  return folded;
}
