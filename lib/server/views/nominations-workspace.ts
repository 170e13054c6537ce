import "server-only";
import { canAdminister, canNominate } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findNominations, type NominationView } from "@/lib/server/operations/nominations";
import { findNotifications, type NotificationRow } from "@/lib/server/operations/notifications";

export interface NominationsWorkspaceView {
  hr: boolean;
  // A user linked to a person has proposals of their own.
  linked: boolean;
  inbox: NominationView[];
  mine: NominationView[];
  notifications: NotificationRow[];
}

// The nominations workspace: HR's inbox, the viewer's own proposals and their
// notices; null for executives, who read slates and never nominate.
export async function findNominationsWorkspace(viewer: Viewer): Promise<NominationsWorkspaceView | null> {
  const { user } = viewer;
  if (!canNominate(viewer)) return null;
  const hr = canAdminister(viewer);
  const linked = user.personId !== null;
  const [inbox, mine, notifications] = await Promise.all([
    hr ? findNominations(viewer, { status: "proposed" }) : Promise.resolve([]),
    linked ? findNominations(viewer, { nominatedByMe: true }) : Promise.resolve([]),
    findNotifications(viewer),
  ]);
  return { hr, linked, inbox, mine, notifications };
}
