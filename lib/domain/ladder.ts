import { compareKeys } from "./order";
import type { LevelInput, RoleKind } from "./types";

export type TransitionId = "ic-to-management" | "management-to-leadership" | "leadership-to-executive";

export interface Transition {
  id: TransitionId;
  fromLevels: string[]; // level codes, lowest rank first
  toLevel: string;
  // Readiness to manage is judged on management capability, readiness to lead
  // on leadership capability (SPEC §1).
  score: "mgmtScore" | "leadScore";
}

export interface Ladder {
  levels: LevelInput[]; // lowest rank first
  kindOf(code: string): RoleKind | null;
  transitions: Transition[];
}

function byRank(a: LevelInput, b: LevelInput): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  return compareKeys(a.code, b.code);
}

// Transitions come from the shape of the ladder, not from level codes, so a
// six-rung ladder still gets three meaningful funnels:
// - into management: every IC rung → the first management rung;
// - into leadership: every management rung → the first leadership rung;
// - to the top: the leadership rungs below the top → the top rung.
// On the default ladder this is exactly L1→L2, L2–L3→L4 and L4→L5. A
// transition the ladder cannot express (no IC rungs, one leadership rung…)
// is left out rather than invented.
export function deriveTransitions(sorted: readonly LevelInput[]): Transition[] {
  const transitions: Transition[] = [];
  const ofKind = (kind: RoleKind) => sorted.filter((l) => l.kind === kind);
  const ic = ofKind("ic");
  const management = ofKind("management");
  const leadership = ofKind("leadership");

  const firstManagement = management[0];
  if (firstManagement) {
    const from = ic.filter((l) => byRank(l, firstManagement) < 0);
    if (from.length > 0) {
      transitions.push({ id: "ic-to-management", fromLevels: from.map((l) => l.code), toLevel: firstManagement.code, score: "mgmtScore" });
    }
  }
  const firstLeadership = leadership[0];
  if (firstLeadership) {
    const from = management.filter((l) => byRank(l, firstLeadership) < 0);
    if (from.length > 0) {
      transitions.push({ id: "management-to-leadership", fromLevels: from.map((l) => l.code), toLevel: firstLeadership.code, score: "leadScore" });
    }
  }
  const top = sorted[sorted.length - 1];
  if (top && top.kind === "leadership") {
    const from = leadership.filter((l) => byRank(l, top) < 0);
    if (from.length > 0) {
      transitions.push({ id: "leadership-to-executive", fromLevels: from.map((l) => l.code), toLevel: top.code, score: "leadScore" });
    }
  }
  return transitions;
}

export function buildLadder(levels: readonly LevelInput[]): Ladder {
  const sorted = [...levels].sort(byRank);
  const kinds = new Map<string, RoleKind>();
  for (const level of sorted) kinds.set(level.code, level.kind);
  return {
    levels: sorted,
    kindOf: (code) => kinds.get(code) ?? null,
    transitions: deriveTransitions(sorted),
  };
}

export const DEFAULT_LEVELS: LevelInput[] = [
  { code: "L1", name: "Individual contributor", rank: 1, kind: "ic" },
  { code: "L2", name: "First-line manager", rank: 2, kind: "management" },
  { code: "L3", name: "Manager of managers", rank: 3, kind: "management" },
  { code: "L4", name: "Director", rank: 4, kind: "leadership" },
  { code: "L5", name: "Executive", rank: 5, kind: "leadership" },
];
