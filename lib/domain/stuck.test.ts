import { describe, expect, it } from "vitest";
import { assessStuck, type StuckFacts } from "./stuck";
import { DEFAULT_SETTINGS } from "./types";

const base: StuckFacts = {
  levelKind: "leadership",
  roleStartDate: "2023-07-15",
  asOf: "2026-01-15",
  latest: { leadershipTimePct: 60, mgmtScore: 62.5, leadScore: 62.5 },
};
const stuck = (overrides: Partial<StuckFacts>) => assessStuck({ ...base, ...overrides }, DEFAULT_SETTINGS);
const latest = (overrides: Partial<NonNullable<StuckFacts["latest"]>>) => ({ ...base.latest!, ...overrides });

describe("stuck in management", () => {
  it("fires on little leadership time and reports the numbers", () => {
    const result = stuck({ latest: latest({ leadershipTimePct: 25 }) });
    expect(result).toMatchObject({
      stuck: true,
      reason: null,
      conditions: ["low-leadership-time"],
      monthsInRole: 30,
      leadershipTimePct: 25,
      leadershipTimePctThreshold: 40,
      minMonthsInRole: 6,
    });
  });

  it("does not fire at exactly 40 % of time, fires at 39 %", () => {
    expect(stuck({ latest: latest({ leadershipTimePct: 40 }) }).stuck).toBe(false);
    expect(stuck({ latest: latest({ leadershipTimePct: 39 }) }).stuck).toBe(true);
  });

  it("does not fire on a gap of exactly 15 points, fires on 16", () => {
    const at15 = stuck({ latest: latest({ mgmtScore: 75, leadScore: 60 }) });
    expect(at15).toMatchObject({ stuck: false, reason: "conditions-not-met", gap: 15, gapThreshold: 15 });
    const at16 = stuck({ latest: latest({ mgmtScore: 76, leadScore: 60 }) });
    expect(at16).toMatchObject({ stuck: true, conditions: ["score-gap"], mgmtScore: 76, leadScore: 60, gap: 16 });
  });

  it("does not count a leadership score above the management score as a gap", () => {
    expect(stuck({ latest: latest({ mgmtScore: 40, leadScore: 90 }) }).stuck).toBe(false);
  });

  it("reports both conditions when both hold", () => {
    expect(stuck({ latest: { leadershipTimePct: 10, mgmtScore: 87.5, leadScore: 37.5 } }).conditions).toEqual(["low-leadership-time", "score-gap"]);
  });

  it("counts exactly six months in role, not one day less", () => {
    const lowTime = latest({ leadershipTimePct: 10 });
    expect(stuck({ roleStartDate: "2025-07-15", latest: lowTime })).toMatchObject({ stuck: true, monthsInRole: 6 });
    expect(stuck({ roleStartDate: "2025-07-16", latest: lowTime })).toMatchObject({
      stuck: false,
      reason: "too-new-in-role",
      monthsInRole: 5,
      conditions: ["low-leadership-time"],
    });
  });

  it("is never stuck without a role start date, and says so", () => {
    expect(stuck({ roleStartDate: null, latest: latest({ leadershipTimePct: 0 }) })).toMatchObject({
      stuck: false,
      reason: "no-role-start-date",
      monthsInRole: null,
    });
  });

  it("is never stuck without an assessment; the scores stay null, not zero", () => {
    expect(stuck({ latest: null })).toMatchObject({
      stuck: false,
      reason: "no-assessment",
      conditions: [],
      leadershipTimePct: null,
      mgmtScore: null,
      leadScore: null,
      gap: null,
    });
  });

  it("only applies to leadership-level roles", () => {
    expect(stuck({ levelKind: "management", latest: latest({ leadershipTimePct: 0 }) })).toMatchObject({ stuck: false, reason: "not-leadership-level" });
    expect(stuck({ levelKind: null, latest: latest({ leadershipTimePct: 0 }) }).reason).toBe("not-leadership-level");
  });

  it("follows the configured thresholds", () => {
    const strict = { ...DEFAULT_SETTINGS, stuckMinMonthsInRole: 36, stuckLeadershipTimePctBelow: 50, stuckScoreGapAbove: 10 };
    expect(assessStuck({ ...base, latest: latest({ leadershipTimePct: 45 }) }, strict).reason).toBe("too-new-in-role");
    expect(assessStuck({ ...base, roleStartDate: "2020-01-01", latest: latest({ leadershipTimePct: 45 }) }, strict).stuck).toBe(true);
  });
});
