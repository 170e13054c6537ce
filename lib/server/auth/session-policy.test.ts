import { describe, expect, it } from "vitest";
import { sessionPolicy, sessionState } from "./session-policy";

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);

describe("session policy", () => {
  it("defaults to an hour idle and twelve hours in all, and reads both settings", () => {
    expect(sessionPolicy({})).toEqual({ idleMs: 3_600_000, absoluteMs: 12 * 3_600_000 });
    expect(sessionPolicy({ BATON_SESSION_IDLE_MINUTES: "15", BATON_SESSION_MAX_HOURS: "8" })).toEqual({ idleMs: 900_000, absoluteMs: 8 * 3_600_000 });
    expect(() => sessionPolicy({ BATON_SESSION_IDLE_MINUTES: "soon" })).toThrow(/BATON_SESSION_IDLE_MINUTES/);
    expect(() => sessionPolicy({ BATON_SESSION_MAX_HOURS: "0" })).toThrow(/BATON_SESSION_MAX_HOURS/);
  });

  it("ends a session that was ended, left idle, or is older than its lifetime", () => {
    const policy = sessionPolicy({ BATON_SESSION_IDLE_MINUTES: "30", BATON_SESSION_MAX_HOURS: "3" });
    const row = { createdAt: at(0), lastSeenAt: at(100), endedAt: null };
    expect(sessionState(row, policy, at(110))).toBe("live");
    expect(sessionState(row, policy, at(130))).toBe("idle");
    expect(sessionState({ ...row, lastSeenAt: at(179) }, policy, at(180))).toBe("expired");
    expect(sessionState({ ...row, endedAt: at(105) }, policy, at(106))).toBe("ended");
  });
});
