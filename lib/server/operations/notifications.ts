import "server-only";
import type { Viewer } from "@/lib/server/access/viewer";
import { decisionRecipients } from "@/lib/mail/recipients";
import type { Role } from "@/lib/schemas/auth";
import type { Tx } from "@/lib/server/infra/db";

// Tells the people behind a nomination what HR decided. Written in the
// decision's own transaction, so a decision never exists without its notice.
// Answers the accounts told, whom the decision's e-mail goes to as well.
export async function notifyNominator(
  tx: Tx,
  options: { nominatedById: string | null; proposerUserId: number | null; message: string; link: string },
): Promise<number[]> {
  const { nominatedById, proposerUserId, message, link } = options;
  const or = [
    ...(nominatedById ? [{ personId: nominatedById }] : []),
    ...(proposerUserId !== null ? [{ id: proposerUserId }] : []),
  ];
  if (or.length === 0) return [];
  const accounts = await tx.user.findMany({ where: { OR: or }, select: { id: true, role: true, personId: true, active: true } });
  const userIds = decisionRecipients(
    accounts.map((a) => ({ ...a, role: a.role as Role })),
    { nominatedById, proposerUserId },
  );
  if (userIds.length > 0) await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, message, link })) });
  return userIds;
}

export interface NotificationRow {
  id: number;
  message: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

// A user's own notices only: the where-input is the access rule.
export async function findNotifications(viewer: Viewer, options: { take?: number } = {}): Promise<NotificationRow[]> {
  return viewer.db.notification.findMany({
    where: { userId: viewer.user.id },
    orderBy: { id: "desc" },
    take: options.take ?? 20,
    select: { id: true, message: true, link: true, createdAt: true, readAt: true },
  });
}

export async function countUnreadNotifications(viewer: Viewer): Promise<number> {
  return viewer.db.notification.count({ where: { userId: viewer.user.id, readAt: null } });
}

// Marks the user's own unread notices up to the newest one they were shown:
// a notice that arrived after the page was drawn stays unread.
export async function markNotificationsRead(viewer: Viewer, options: { upToId: number; now?: Date }): Promise<number> {
  const { db, user } = viewer;
  const { upToId } = options;
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, id: { lte: upToId } },
    data: { readAt: options.now ?? new Date() },
  });
  return count;
}
