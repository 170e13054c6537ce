import "server-only";
import { canManageUsers } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { createApiToken, revokeApiToken, type ApiTokenRow } from "@/lib/server/auth/api-tokens";
import { ok, refuse, type Result } from "./result";

// An admin's API token writes for any user (/admin/users/{id}; the CLI's
// `token` commands do the same). The token itself is answered once and never
// stored: Baton keeps its hash (lib/server/auth/api-tokens.ts, which audits).

const NOT_FOUND = refuse("not_found", "not found");

export interface NewToken {
  id: number;
  token: string;
  expiresAt: Date | null;
}

export async function createUserToken(viewer: Viewer, input: { userId: number; name: string; expires: number | null }): Promise<Result<NewToken>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  const user = await viewer.db.user.findUnique({ where: { id: input.userId }, select: { email: true, active: true } });
  if (!user) return NOT_FOUND;
  // A deactivated user's tokens would be refused anyway: don't hand out one that cannot work.
  if (!user.active) return refuse("conflict", "This account is deactivated; reactivate it before giving it a token.");
  const created = await createApiToken({
    db: viewer.db,
    email: user.email,
    name: input.name,
    expiresInDays: input.expires,
    actorLabel: viewer.user.email,
    actorUserId: viewer.user.id,
  });
  return ok({ id: created.id, token: created.token, expiresAt: created.expiresAt });
}

export async function revokeUserToken(viewer: Viewer, input: { userId: number; tokenId: number }): Promise<Result<ApiTokenRow>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  const token = await viewer.db.apiToken.findUnique({ where: { id: input.tokenId }, select: { userId: true, revokedAt: true } });
  // Another user's token through this user's page is no token at all.
  if (!token || token.userId !== input.userId) return NOT_FOUND;
  if (token.revokedAt) return refuse("conflict", "That token is revoked already.");
  return ok(await revokeApiToken({ db: viewer.db, id: input.tokenId, userId: input.userId, actorLabel: viewer.user.email, actorUserId: viewer.user.id }));
}
