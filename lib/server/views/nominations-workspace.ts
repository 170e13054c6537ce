import "server-only";
import { canAdminister, canNominate } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findNominations, type NominationView } from "@/lib/server/operations/nominations";
import { findNotifications, type NotificationRow } from "@/lib/server/operations/notifications";

// What HR decides on, beside each proposal: who proposed it, the candidate's
// scores from their latest submitted assessment, the one that counts for the
// seat, and whether a "ready now" claim trips the readiness-mismatch rule
// (the engine's own verdict, read from today's snapshot).
export interface InboxRow extends NominationView {
  nominatorName: string | null;
  mgmtScore: number | null;
  leadScore: number | null;
  seatKind: string | null;
  mismatch: boolean;
}

export interface NominationsWorkspaceView {
  hr: boolean;
  // A user linked to a person has proposals of their own.
  linked: boolean;
  inbox: InboxRow[];
  mine: NominationView[];
  notifications: NotificationRow[];
  readyScoreMin: number;
}

async function toInboxRows(viewer: Viewer, rows: NominationView[]): Promise<InboxRow[]> {
  const state = await viewer.todayState();
  const { snapshot } = state;
  return rows.map((row) => {
    const person = snapshot.people.get(row.candidateId);
    const index = snapshot.positionIndex.get(row.positionId);
    const detail = index === undefined ? undefined : snapshot.positionDetails[index];
    return {
      ...row,
      nominatorName: row.nominatedById ? (state.names.get(row.nominatedById) ?? null) : null,
      mgmtScore: person?.scores.mgmtScore ?? null,
      leadScore: person?.scores.leadScore ?? null,
      seatKind: detail?.levelKind ?? null,
      mismatch: detail?.mismatchedNominationIds.includes(row.id) ?? false,
    };
  });
}

// The nominations workspace: HR's inbox, the viewer's own proposals and their
// notices; null for executives, who read slates and never nominate. The
// inbox is HR's alone, who see every score (SPEC §4).
export async function findNominationsWorkspace(viewer: Viewer): Promise<NominationsWorkspaceView | null> {
  const { user } = viewer;
  if (!canNominate(viewer)) return null;
  const hr = canAdminister(viewer);
  const linked = user.personId !== null;
  const [inbox, mine, notifications, state] = await Promise.all([
    hr ? findNominations(viewer, { status: "proposed" }).then((rows) => toInboxRows(viewer, rows)) : Promise.resolve([]),
    linked ? findNominations(viewer, { nominatedByMe: true }) : Promise.resolve([]),
    findNotifications(viewer),
    viewer.todayState(),
  ]);
  return { hr, linked, inbox, mine, notifications, readyScoreMin: state.snapshot.settings.readyScoreMin };
}
