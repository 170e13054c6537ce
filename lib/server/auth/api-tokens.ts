import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/infra/db";
import type { AppUser } from "./users";
import { findActiveUser } from "./users";

const PREFIX = "baton_";

// Tokens are long random strings, so a fast hash is enough: there is nothing
// to brute-force, and lookups stay one indexed query.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 3650;

// A token lives DEFAULT_TOKEN_DAYS unless told otherwise; `expiresInDays:
// null` (CLI `--expires never`) is the explicit choice of a token that never expires.
export async function createApiToken(options: { db: Db; email: string; name: string; actorLabel: string; actorUserId?: number; expiresInDays?: number | null }) {
  const user = await findActiveUser({ db: options.db, email: options.email });
  if (!user) throw new Error(`no active user with email "${options.email}"`);
  const days = options.expiresInDays === undefined ? DEFAULT_TOKEN_DAYS : options.expiresInDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)) {
    throw new Error(`a token expires in 1 to ${MAX_TOKEN_DAYS} days, or "never"`);
  }
  const name = options.name.trim();
  if (name.length < 1 || name.length > 80) throw new Error("give the token a name of 1 to 80 characters");
  const expiresAt = days === null ? null : new Date(Date.now() + days * 86_400_000);
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await options.db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: hashToken(token), expiresAt },
      select: { id: true, name: true, userId: true, createdAt: true, expiresAt: true },
    });
    await tx.auditEvent.create({
      data: { actorUserId: options.actorUserId ?? null, actorLabel: options.actorLabel, action: "create", entity: "api_token", entityId: String(created.id), after: JSON.stringify(created) },
    });
    return created;
  });
  return { token, id: row.id, user, expiresAt: row.expiresAt };
}

export interface ApiTokenRow {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export async function listApiTokens(options: { db: Db; email: string }): Promise<ApiTokenRow[]> {
  const user = await options.db.user.findUnique({ where: { email: options.email.toLowerCase() }, select: { id: true } });
  if (!user) throw new Error(`no user with email "${options.email}"`);
  return options.db.apiToken.findMany({
    where: { userId: user.id },
    orderBy: { id: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}

// Revoking is immediate: every request looks the token up afresh.
export async function revokeApiToken(options: { db: Db; id: number; actorLabel: string; actorUserId?: number; userId?: number }): Promise<ApiTokenRow> {
  return options.db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id: options.id } });
    if (!before || (options.userId !== undefined && before.userId !== options.userId)) throw new Error(`no API token with id ${options.id}`);
    if (before.revokedAt) throw new Error(`API token ${options.id} is already revoked`);
    const after = await tx.apiToken.update({
      where: { id: options.id },
      data: { revokedAt: new Date() },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    });
    await tx.auditEvent.create({
      data: {
        actorUserId: options.actorUserId ?? null,
        actorLabel: options.actorLabel,
        action: "revoke",
        entity: "api_token",
        entityId: String(options.id),
        before: JSON.stringify({ revokedAt: null }),
        after: JSON.stringify({ revokedAt: after.revokedAt }),
      },
    });
    return after;
  });
}

export async function findUserByApiToken(options: { db: Db; token: string }): Promise<AppUser | null> {
  if (!options.token.startsWith(PREFIX)) return null;
  const row = await options.db.apiToken.findUnique({
    where: { tokenHash: hashToken(options.token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, userId: true },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  // A minute's precision is enough for "last used", and spares a write per call.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await options.db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return findActiveUser({ db: options.db, id: row.userId });
}
