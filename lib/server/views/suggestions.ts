import "server-only";
import { fitFactors, fitScore, fitWeightsOf, relevantScoreName, type FitPart, type FitScore } from "@/lib/domain";
import { canNominate, isInUnitSubtree, personVisible, selfExcludedFromSlates } from "@/lib/server/access/permissions";
import { MAX_SUGGESTIONS } from "@/lib/schemas/suggestions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findVisibleSeat } from "@/lib/server/operations/nominations";

// Successor suggestions for one seat (SPEC §10; docs/suggestions.md): active
// people the viewer may name, not the incumbent, not already on the slate,
// at the seat's level or one or two rungs below, ranked by the fit score.
// For those who nominate (HR and managers), over the organization as it is
// today like the slate; a manager's candidates are their own subtree.

export interface Suggestion {
  employeeId: string;
  name: string;
  level: string;
  fit: number;
  parts: Record<FitPart, number | null>;
}

export const DEFAULT_SUGGESTIONS = 10;

const ON_SLATE = new Set(["proposed", "approved"]);
const divisionOf = (unit: string) => unit.split("/")[0] ?? unit;

export async function findSuggestions(viewer: Viewer, positionId: string, options: { limit?: number } = {}): Promise<Suggestion[] | null> {
  if (!canNominate(viewer)) return null;
  const seat = await findVisibleSeat(viewer, positionId);
  if (!seat) return null;
  const state = await viewer.todayState();
  const { snapshot, input } = state;
  const detail = snapshot.positionDetails[snapshot.positionIndex.get(positionId)!]!;
  const rank = new Map(snapshot.levels.map((l) => [l.code, l.rank]));
  const seatRank = rank.get(seat.level);
  if (seatRank === undefined) return [];
  const onSlate = new Set(input.nominations.filter((n) => n.positionId === positionId && ON_SLATE.has(n.status)).map((n) => n.candidateId));
  // Who is already the only approved successor of another seat.
  const onlySuccessorOf = new Map<string, number>();
  snapshot.positionDetails.forEach((d, i) => {
    if (snapshot.positions[i]!.positionId === positionId) return;
    const all = [...d.successorIds.readyNow, ...d.successorIds.readyIn1to2Years, ...d.successorIds.readyIn3PlusYears];
    if (all.length === 1) onlySuccessorOf.set(all[0]!, (onlySuccessorOf.get(all[0]!) ?? 0) + 1);
  });
  const roleStart = new Map(input.people.map((p) => [p.employeeId, p.roleStartDate]));
  const self = selfExcludedFromSlates(viewer);
  const weights = fitWeightsOf(snapshot.settings);
  const scoreName = relevantScoreName(detail.levelKind);

  const rows: Suggestion[] = [];
  for (const person of snapshot.people.values()) {
    const id = person.employeeId;
    if (!person.active || id === seat.incumbentEmployeeId || id === self || onSlate.has(id) || !personVisible(viewer, id)) continue;
    const personRank = rank.get(person.levelCode);
    if (personRank === undefined) continue;
    const rungsBelow = seatRank - personRank;
    if (rungsBelow < 0 || rungsBelow > 2) continue;
    const unit = isInUnitSubtree(person.orgUnitId, seat.orgUnitPath) ? "subtree" : divisionOf(person.orgUnitId) === divisionOf(seat.orgUnitPath) ? "division" : "elsewhere";
    const score: FitScore = fitScore(
      fitFactors(
        {
          relevantScore: person.scores[scoreName],
          potential: person.potential,
          performance: person.performance,
          roleStartDate: roleStart.get(id) ?? null,
          rungsBelow,
          flightRisk: person.flightRisk,
          onlySuccessorOf: onlySuccessorOf.get(id) ?? 0,
          unit,
        },
        snapshot.asOf,
      ),
      weights,
    );
    rows.push({ employeeId: id, name: state.names.get(id) ?? id, level: person.levelCode, ...score });
  }
  rows.sort((a, b) => b.fit - a.fit || (a.employeeId < b.employeeId ? -1 : 1));
  return rows.slice(0, Math.min(MAX_SUGGESTIONS, Math.max(1, options.limit ?? DEFAULT_SUGGESTIONS)));
}
