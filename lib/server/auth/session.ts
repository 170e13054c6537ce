import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findUserByApiToken } from "./api-tokens";
import { auth } from "./auth";
import { getDb } from "@/lib/server/infra/db";
import { findActiveUser, type AppUser } from "./users";

// The signed-in user, read fresh from the database on every request so a
// changed role or a deactivated account takes effect at once. A bearer token
// stands for its user; the session cookie otherwise.
export const getCurrentUser = cache(async (): Promise<AppUser | null> => {
  const authorization = (await headers()).get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ? findUserByApiToken({ db: getDb(), token: match[1] }) : null;
  }
  const session = await auth();
  return session?.uid ? findActiveUser({ db: getDb(), id: session.uid }) : null;
});

export async function requireUser(): Promise<AppUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
