import "server-only";
import type { Db } from "@/lib/server/infra/db";

// Every sign-in, failed or not, and every sign-out is in the audit log
// (docs/security.md). Written straight to the table, not through recordAudit:
// a sign-in changes no organization data, so it must not make the cached
// organization state stale (an attacker's guesses would otherwise force a
// rebuild each).
export type SignInOutcome = "sign_in" | "sign_in_failed" | "sign_in_locked" | "sign_out";

export async function auditSignIn(
  db: Db,
  event: { outcome: SignInOutcome; email: string; userId?: number | null; address?: string; provider?: string },
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorUserId: event.userId ?? null,
      actorLabel: event.email,
      action: event.outcome,
      entity: "session",
      entityId: event.email,
      after: JSON.stringify({ address: event.address ?? null, provider: event.provider ?? "credentials" }),
    },
  });
}
