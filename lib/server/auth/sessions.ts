import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/server/infra/db";
import { sessionPolicy, sessionState } from "./session-policy";

// Database sessions behind the next-auth cookie (docs/security.md): the
// signed cookie carries a random session id, and every request checks the
// row, so a session ends the moment its row does — on sign-out, a password
// or role change, deactivation or an admin's "sign out everywhere".

const hash = (sessionId: string) => createHash("sha256").update(sessionId).digest("hex");
// Writing lastSeenAt on every request would make every read a write; a
// minute's precision is plenty for an idle timeout counted in minutes.
const TOUCH_AFTER_MS = 60_000;

export async function startSession(options: { db: Db; userId: number }): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  await options.db.userSession.create({ data: { id: hash(sessionId), userId: options.userId } });
  return sessionId;
}

// The user id of a live session, or null.
export async function resumeSession(options: { db: Db; sessionId: string; now?: Date }): Promise<number | null> {
  const now = options.now ?? new Date();
  const id = hash(options.sessionId);
  const row = await options.db.userSession.findUnique({ where: { id } });
  if (!row || sessionState(row, sessionPolicy(), now) !== "live") return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await options.db.userSession.updateMany({ where: { id, endedAt: null }, data: { lastSeenAt: now } });
  }
  return row.userId;
}

export async function endSession(options: { db: Db; sessionId: string }): Promise<void> {
  await options.db.userSession.updateMany({ where: { id: hash(options.sessionId), endedAt: null }, data: { endedAt: new Date() } });
}

// Inside the transaction that changes the user, so the change and the end of
// their sessions commit together. Returns how many sessions ended.
export async function endAllSessions(options: { db: Db | Tx; userId: number }): Promise<number> {
  const ended = await options.db.userSession.updateMany({ where: { userId: options.userId, endedAt: null }, data: { endedAt: new Date() } });
  return ended.count;
}

export async function countLiveSessions(options: { db: Db; userId: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const policy = sessionPolicy();
  const rows = await options.db.userSession.findMany({
    where: { userId: options.userId, endedAt: null, createdAt: { gt: new Date(now.getTime() - policy.absoluteMs) } },
    select: { createdAt: true, lastSeenAt: true, endedAt: true },
  });
  return rows.filter((row) => sessionState(row, policy, now) === "live").length;
}
