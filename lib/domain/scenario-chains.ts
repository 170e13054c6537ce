import type { ScenarioMove, ScenarioUnfilled } from "./scenario";

// The cascade as dominoes: each seat a leaver opens starts a chain; a seat
// someone moved into continues with the seat(s) that mover left. Every seat
// the cascade opened is decided exactly once (a move or unfilled), so the
// chains are trees over those decisions.
export interface ChainLink {
  positionId: string;
  vacatedBy: string;
  depth: number;
  move: ScenarioMove | null; // null when the seat stays unfilled
  unfilled: ScenarioUnfilled | null;
  next: ChainLink[]; // the seats the mover left, in the order they were opened
}

export function scenarioChains(result: { moves: readonly ScenarioMove[]; unfilled: readonly ScenarioUnfilled[] }): ChainLink[] {
  const moveAt = new Map(result.moves.map((m) => [m.positionId, m]));
  const unfilledAt = new Map(result.unfilled.map((u) => [u.positionId, u]));
  const link = (positionId: string, seen: Set<string>): ChainLink | null => {
    if (seen.has(positionId)) return null; // never loops, even on inconsistent input
    seen.add(positionId);
    const move = moveAt.get(positionId) ?? null;
    const unfilled = unfilledAt.get(positionId) ?? null;
    const head = move ?? unfilled;
    if (!head) return null;
    const next = (move?.fromPositionIds ?? []).map((id) => link(id, seen)).filter((l): l is ChainLink => l !== null);
    return { positionId, vacatedBy: head.vacatedBy, depth: head.depth, move, unfilled, next };
  };
  const seen = new Set<string>();
  const roots = [...result.moves.filter((m) => m.depth === 1).map((m) => m.positionId), ...result.unfilled.filter((u) => u.depth === 1).map((u) => u.positionId)];
  return roots.map((id) => link(id, seen)).filter((l): l is ChainLink => l !== null);
}

// The number of seats in a chain: how far one departure reaches.
export function chainLength(link: ChainLink): number {
  return 1 + link.next.reduce((n, l) => n + chainLength(l), 0);
}
