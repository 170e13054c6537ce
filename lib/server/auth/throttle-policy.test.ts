import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, ADDRESS_RULE, clientAddress, describeWait, lockAfterFailure, MAX_LOCK_MS } from "./throttle-policy";

const now = new Date("2026-01-01T00:00:00Z");
const lockMs = (failures: number, rule = ACCOUNT_RULE) => (lockAfterFailure(rule, failures, now)?.getTime() ?? now.getTime()) - now.getTime();

describe("sign-in throttle policy", () => {
  it("lets the first mistakes go, then doubles the lock up to 15 minutes", () => {
    expect([1, 2, 3, 4, 5].map((n) => lockMs(n))).toEqual([0, 0, 0, 0, 0]);
    expect([6, 7, 8, 9].map((n) => lockMs(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(lockMs(30)).toBe(MAX_LOCK_MS);
    expect(lockMs(10_000)).toBe(MAX_LOCK_MS);
    expect(lockMs(25, ADDRESS_RULE)).toBe(0);
    expect(lockMs(26, ADDRESS_RULE)).toBe(1000);
  });

  it("makes 30 wrong passwords in a row wait most of an hour in all", () => {
    const total = Array.from({ length: 30 }, (_, i) => lockMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(60 * 60_000);
  });

  it("takes the address from the last X-Forwarded-For hop, never the client's own claim", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });

  it("says how long to wait in words", () => {
    expect(describeWait(400)).toBe("1 second");
    expect(describeWait(4000)).toBe("4 seconds");
    expect(describeWait(15 * 60_000)).toBe("15 minutes");
  });
});
