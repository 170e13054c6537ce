import "server-only";
import type { Db } from "@/lib/server/infra/db";
import { ACCOUNT_RULE, accountKey, ADDRESS_RULE, addressKey, FORGET_AFTER_MS, lockAfterFailure, type ThrottleRule } from "./throttle-policy";

// Failed sign-ins counted in the database, per account and per client
// address, so the lock holds across app instances (docs/security.md).

export type ThrottleStatus = { locked: false } | { locked: true; retryAfterMs: number };

export async function throttleStatus(options: { db: Db; email: string; address: string; now?: Date }): Promise<ThrottleStatus> {
  const now = options.now ?? new Date();
  const rows = await options.db.signInThrottle.findMany({
    where: { key: { in: [accountKey(options.email), addressKey(options.address)] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until > now.getTime() ? { locked: true, retryAfterMs: until - now.getTime() } : { locked: false };
}

async function countFailure(db: Db, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - FORGET_AFTER_MS);
  // An old streak is forgotten first; the increment itself is one atomic
  // statement, so parallel attempts are all counted.
  await db.signInThrottle.updateMany({ where: { key, lastFailureAt: { lt: stale } }, data: { failures: 0, lockedUntil: null } });
  const row = await db.signInThrottle.upsert({
    where: { key },
    create: { key, failures: 1, lastFailureAt: now },
    update: { failures: { increment: 1 }, lastFailureAt: now },
    select: { failures: true },
  });
  const lockedUntil = lockAfterFailure(rule, row.failures, now);
  if (lockedUntil) await db.signInThrottle.update({ where: { key }, data: { lockedUntil } });
}

export async function recordFailedSignIn(options: { db: Db; email: string; address: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  await countFailure(options.db, accountKey(options.email), ACCOUNT_RULE, now);
  await countFailure(options.db, addressKey(options.address), ADDRESS_RULE, now);
}

// A right password clears the account's streak; the address keeps its count,
// or one valid account would launder guesses at every other.
export async function recordSuccessfulSignIn(options: { db: Db; email: string }): Promise<void> {
  await options.db.signInThrottle.deleteMany({ where: { key: accountKey(options.email) } });
}

export interface ThrottleRow {
  key: string;
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export async function listThrottles(options: { db: Db }): Promise<ThrottleRow[]> {
  return options.db.signInThrottle.findMany({ orderBy: { lastFailureAt: "desc" }, take: 200 });
}

// An admin's unlock: the streak is forgotten, as after a right password.
export async function unlockSignIn(options: { db: Db; key: string }): Promise<boolean> {
  const removed = await options.db.signInThrottle.deleteMany({ where: { key: options.key } });
  return removed.count > 0;
}
