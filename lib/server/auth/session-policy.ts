import { z } from "zod";

// How long a signed-in browser stays signed in (docs/security.md): it ends
// after `idleMinutes` without a request, and after `maxHours` whatever
// happens. Set by BATON_SESSION_IDLE_MINUTES and BATON_SESSION_MAX_HOURS.
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

const ZPolicyEnv = z.object({
  BATON_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  BATON_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
});

export function sessionPolicy(env: Record<string, string | undefined> = process.env): SessionPolicy {
  const parsed = ZPolicyEnv.safeParse({
    BATON_SESSION_IDLE_MINUTES: env.BATON_SESSION_IDLE_MINUTES || undefined,
    BATON_SESSION_MAX_HOURS: env.BATON_SESSION_MAX_HOURS || undefined,
  });
  if (!parsed.success) {
    throw new Error(`session settings: ${parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("; ")}`);
  }
  return { idleMs: parsed.data.BATON_SESSION_IDLE_MINUTES * 60_000, absoluteMs: parsed.data.BATON_SESSION_MAX_HOURS * 3_600_000 };
}

export type SessionState = "live" | "ended" | "idle" | "expired";

export function sessionState(row: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null }, policy: SessionPolicy, now: Date): SessionState {
  if (row.endedAt) return "ended";
  if (now.getTime() - row.createdAt.getTime() >= policy.absoluteMs) return "expired";
  if (now.getTime() - row.lastSeenAt.getTime() >= policy.idleMs) return "idle";
  return "live";
}
