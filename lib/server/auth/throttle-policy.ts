// When failed sign-ins lock an account or a client address (docs/security.md).
// A few mistakes are free; after that each failure locks for twice as long
// as the last (1 s, 2 s, 4 s …) up to 15 minutes, so guessing at speed is
// impossible while a person who mistypes waits seconds. An address is
// allowed more failures than an account: an office shares one.

export interface ThrottleRule {
  freeFailures: number;
}

export const ACCOUNT_RULE: ThrottleRule = { freeFailures: 5 };
export const ADDRESS_RULE: ThrottleRule = { freeFailures: 25 };
export const MAX_LOCK_MS = 15 * 60_000;
// A counter that has seen no failure for this long starts again from zero.
export const FORGET_AFTER_MS = 60 * 60_000;

export function lockAfterFailure(rule: ThrottleRule, failures: number, now: Date): Date | null {
  if (failures <= rule.freeFailures) return null;
  const ms = Math.min(MAX_LOCK_MS, 1000 * 2 ** Math.min(30, failures - rule.freeFailures - 1));
  return new Date(now.getTime() + ms);
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

// The client's address: the last hop in X-Forwarded-For, which `next start`
// or the reverse proxy in front of it wrote; earlier entries are the client's
// own claim and can be anything.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip") || "unknown";
}

export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minute${seconds <= 60 ? "" : "s"}`;
}
