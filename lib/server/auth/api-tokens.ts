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

export async function createApiToken(options: { db: Db; email: string; name: string; actorLabel: string }) {
  const user = await findActiveUser({ db: options.db, email: options.email });
  if (!user) throw new Error(`no active user with email "${options.email}"`);
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await options.db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: options.name, tokenHash: hashToken(token) },
      select: { id: true, name: true, userId: true, createdAt: true },
    });
    await tx.auditEvent.create({
      data: { actorLabel: options.actorLabel, action: "create", entity: "api_token", entityId: String(created.id), after: JSON.stringify(created) },
    });
    return created;
  });
  return { token, id: row.id, user };
}

export async function findUserByApiToken(options: { db: Db; token: string }): Promise<AppUser | null> {
  if (!options.token.startsWith(PREFIX)) return null;
  const row = await options.db.apiToken.findUnique({
    where: { tokenHash: hashToken(options.token) },
    select: { id: true, revokedAt: true, userId: true },
  });
  if (!row || row.revokedAt) return null;
  return findActiveUser({ db: options.db, id: row.userId });
}
