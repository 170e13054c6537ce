import "server-only";
import { isReadinessMismatch } from "@/lib/domain";
import { personVisible } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { foldedNameOf, foldForSearch } from "@/lib/server/state/name-search";
import { findVisibleSeat } from "@/lib/server/operations/nominations";

export interface CandidateHit {
  employeeId: string;
  name: string;
  title: string;
  levelCode: string;
}

// The slate's search box. HR searches everyone active by name or id; a
// manager searches their own subtree, the only people they may name
// (SPEC §4: people outside the subtree are not theirs to see). Matching
// runs over the cached organization state, so it ignores case and accents on
// both databases.
export async function searchCandidates(viewer: Viewer, options: { q: string; excludeId?: string | null; take?: number }): Promise<CandidateHit[]> {
  const { db } = viewer;
  const { excludeId } = options;
  const q = foldForSearch(options.q.trim());
  if (q === "") return [];
  const state = await viewer.todayState();
  const ids: string[] = [];
  for (const [employeeId, person] of state.snapshot.people) {
    if (!person.active || employeeId === excludeId) continue;
    if (!personVisible(viewer, employeeId)) continue;
    if (employeeId.toLowerCase().includes(q) || foldedNameOf(state, employeeId).includes(q)) ids.push(employeeId);
  }
  ids.sort();
  return db.person.findMany({
    where: { employeeId: { in: ids.slice(0, options.take ?? 10) } },
    select: { employeeId: true, name: true, title: true, levelCode: true },
    orderBy: { employeeId: "asc" },
  });
}

export interface NominationPreview {
  candidateId: string;
  candidateName: string | null; // null outside the manager's scope
  seatKind: string | null;
  relevantScore: number | null;
  // The engine's readiness-mismatch rule, applied before saving; null when
  // the scores are not the caller's to see.
  mismatch: { reason: string } | null;
  scoresHidden: boolean;
  // Why saving would be refused, said before the user tries.
  blocked: string | null;
}

// What the nominate form shows before it saves: who this is and whether a
// "ready now" claim contradicts their latest assessment (SPEC §3).
export async function previewNomination(
  viewer: Viewer,
  options: {
    selfId: string | null; // the reader's own employee id when they may not name themselves
    positionId: string;
    candidateId: string;
    readiness: string;
  },
): Promise<NominationPreview | null> {
  const { positionId, candidateId, readiness, selfId } = options;
  const seat = await findVisibleSeat(viewer, positionId);
  if (!seat) return null;
  const state = await viewer.todayState();
  const person = state.snapshot.people.get(candidateId);
  const index = state.snapshot.positionIndex.get(positionId);
  const seatKind = index === undefined ? null : (state.snapshot.positionDetails[index]?.levelKind ?? null);
  // Outside a manager's subtree is "no such person", as createNomination answers.
  const visible = personVisible(viewer, candidateId);
  if (!person || !person.active || !visible) return null;
  const score = seatKind === "leadership" ? person.scores.leadScore : seatKind === "management" ? person.scores.mgmtScore : null;
  const min = state.snapshot.settings.readyScoreMin;
  const mismatch =
    visible && readiness === "ready_now" && isReadinessMismatch(seatKind, person.scores, min)
      ? { reason: `"Ready now" for a ${seatKind} seat, but the ${seatKind === "leadership" ? "leadership" : "management"} score from the latest assessment is ${score} — under ${min}.` }
      : null;
  return {
    candidateId,
    candidateName: visible ? (state.names.get(candidateId) ?? null) : null,
    seatKind,
    relevantScore: visible ? score : null,
    mismatch,
    scoresHidden: !visible,
    blocked:
      seat.incumbentEmployeeId === candidateId ? "This person holds the seat already." : selfId === candidateId ? "You cannot nominate yourself." : null,
  };
}
