import "server-only";
import type { GapRow } from "@/lib/domain";
import type { NominateDraft } from "@/components/nominations/NominateForm";
import { ZReadiness } from "@/lib/schemas/nominations";
import { canNominate, canPlayScenarios, selfExcludedFromSlates } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findNominations, findVisibleSeat, type NominationView } from "@/lib/server/operations/nominations";
import { findSuggestions, type Suggestion } from "./suggestions";
import { previewNomination, searchCandidates, type CandidateHit, type NominationPreview } from "./candidates";

export interface SlateView {
  seat: GapRow;
  positionId: string;
  incumbent: string;
  canNominate: boolean;
  draft: NominateDraft;
  q: string;
  rows: NominationView[];
  hits: CandidateHit[];
  preview: NominationPreview | null;
  // "What if this person leaves?": the scenario with the incumbent as the leaver.
  whatIf: { href: string; name: string } | null;
  // Who could be nominated, with every part of their fit (for those who nominate).
  suggestions: Suggestion[];
}

const SLATE_SUGGESTIONS = 5;

// A seat's slate page, planned against today's organization (see
// Viewer.todayState); null when the seat is unknown or outside the viewer's scope.
export async function findSlate(viewer: Viewer, positionId: string, query: Record<string, string | undefined>): Promise<SlateView | null> {
  const seat = await findVisibleSeat(viewer, positionId);
  if (!seat) return null;
  const nominates = canNominate(viewer);
  // Non-HR users cannot name themselves, so they are not offered.
  const self = selfExcludedFromSlates(viewer);
  const draft: NominateDraft = {
    candidate: (query.candidate ?? "").trim(),
    readiness: ZReadiness.safeParse(query.readiness).data ?? "1_2_years",
    emergency: query.emergency === "on",
    rationale: query.rationale ?? "",
  };
  const q = query.q ?? "";
  const [state, rows, hits, preview, suggestions] = await Promise.all([
    viewer.todayState(),
    findNominations(viewer, { positionId }),
    nominates && q ? searchCandidates(viewer, { q, excludeId: self }) : Promise.resolve([]),
    nominates && draft.candidate
      ? previewNomination(viewer, { positionId, candidateId: draft.candidate, readiness: draft.readiness, selfId: self })
      : Promise.resolve(null),
    nominates ? findSuggestions(viewer, positionId, { limit: SLATE_SUGGESTIONS }) : Promise.resolve(null),
  ]);
  const incumbent = seat.incumbentEmployeeId ? `${state.names.get(seat.incumbentEmployeeId) ?? ""} (${seat.incumbentEmployeeId})` : "Vacant";
  const holder = seat.incumbentEmployeeId;
  const whatIf = holder && canPlayScenarios(viewer) ? { href: `/scenarios?leavers=${encodeURIComponent(holder)}`, name: state.names.get(holder) ?? holder } : null;
  return { seat, positionId, incumbent, canNominate: nominates, draft, q, rows, hits, preview, whatIf, suggestions: suggestions ?? [] };
}
