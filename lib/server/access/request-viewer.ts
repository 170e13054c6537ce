import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/infra/db";
import { scopeFor } from "./scope";
import { createViewer, type Viewer } from "./viewer";

// Who is asking and what they may see: once per request, whatever dates the
// layout and the page look at.
const requestAccess = cache(async () => {
  const user = await getCurrentUser();
  return user ? { user, scope: await scopeFor(getDb(), user) } : null;
});

// One viewer per request and as-of value: the page and every component
// rendering in that request share it, and with it one organization-state read.
const viewerFor = cache(async (asOf: string | undefined): Promise<Viewer | null> => {
  const access = await requestAccess();
  return access ? createViewer({ db: getDb(), ...access, asOf }) : null;
});

const first = (asOf: string | readonly string[] | null | undefined) => (typeof asOf === "string" ? asOf : (asOf?.[0] ?? undefined));

// Pages and server actions: the signed-in viewer, or a redirect to sign in.
export async function getViewer(asOf?: string | readonly string[] | null): Promise<Viewer> {
  const viewer = await viewerFor(first(asOf));
  if (!viewer) redirect("/login");
  return viewer;
}

// Route handlers answer 401 themselves: null when nobody is signed in.
export function findViewer(asOf?: string | readonly string[] | null): Promise<Viewer | null> {
  return viewerFor(first(asOf));
}
