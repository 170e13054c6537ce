import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { canSeeSensitive } from "./scope";
import type { AppUser } from "@/lib/server/auth/users";

// Which nominations a user may read, as a Prisma where-input merged into
// every nomination query (SPEC §2, §4):
// - HR and admins read all of them;
// - nobody else reads one in which they are the candidate;
// - a pending (proposed) one is private to its nominator and HR.
// Callers add their own subject (a seat, a candidate, a nominator) and scope.
export function nominationsVisibleTo(user: AppUser): Prisma.NominationWhereInput {
  if (canSeeSensitive(user.role)) return {};
  const me = user.personId;
  if (!me) return { status: { not: "proposed" } };
  return {
    candidateId: { not: me },
    OR: [{ status: { not: "proposed" } }, { nominatedById: me }],
  };
}
