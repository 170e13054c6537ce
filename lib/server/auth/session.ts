import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findUserByApiToken } from "./api-tokens";
import { auth } from "./auth";
import { getDb } from "@/lib/server/infra/db";
import { resumeSession } from "./sessions";
import { findActiveUser, type AppUser } from "./users";

// The signed-in user, read fresh from the database on every request so a
// changed role or a deactivated account takes effect at once. A bearer token
// stands for its user; the session cookie otherwise, while its database
// session is alive (lib/server/auth/sessions.ts).
export const getCurrentUser = cache(async (): Promise<AppUser | null> => {
  const authorization = (await headers()).get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ? findUserByApiToken({ db: getDb(), token: match[1] }) : null;
  }
  const session = await auth();
  if (!session?.uid || !session.sid) return null;
  const userId = await resumeSession({ db: getDb(), sessionId: session.sid });
  return userId === session.uid ? findActiveUser({ db: getDb(), id: userId }) : null;
});

export async function requireUser(): Promise<AppUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
