import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/infra/db";
import { createViewer, type Viewer } from "./viewer";

// One viewer per request and as-of value: the layout, the page and every
// component rendering in that request share it, and with it one scope query
// and one organization-state read.
const viewerFor = cache(async (asOf: string | undefined): Promise<Viewer | null> => {
  const user = await getCurrentUser();
  return user ? createViewer({ db: getDb(), user, asOf }) : null;
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
