import { describe, expect, it } from "vitest";
import type { StuckEvidence } from "@/lib/domain";
import { describeStuck } from "./stuck-words";

const base: StuckEvidence = {
  stuck: true,
  reason: null,
  conditions: ["low-leadership-time"],
  monthsInRole: 30,
  minMonthsInRole: 6,
  leadershipTimePct: 25,
  leadershipTimePctThreshold: 40,
  mgmtScore: 75,
  leadScore: 68.75,
  gap: 6.25,
  gapThreshold: 15,
};

describe("describeStuck", () => {
  it("says which condition fired, with the numbers", () => {
    expect(describeStuck(base)).toEqual({
      status: "stuck",
      headline: "Stuck in management",
      sentence: "In role 30 months; 25 % of time on leadership work, under the 40 % threshold.",
    });
  });

  it("names the score gap when that is what fired", () => {
    const words = describeStuck({ ...base, conditions: ["score-gap"], leadershipTimePct: 55, mgmtScore: 81.25, leadScore: 50, gap: 31.25 });
    expect(words.sentence).toBe("In role 30 months; management score 81.3, leadership score 50: 31.3 points apart, more than the 15-point threshold.");
  });

  it("lists both conditions when both fired", () => {
    const words = describeStuck({ ...base, conditions: ["low-leadership-time", "score-gap"], mgmtScore: 80, leadScore: 50, gap: 30 });
    expect(words.sentence).toContain("under the 40 % threshold; management score 80");
  });

  it("shows the measurements behind a clean bill", () => {
    const words = describeStuck({ ...base, stuck: false, reason: "conditions-not-met", conditions: [], leadershipTimePct: 55 });
    expect(words.status).toBe("clear");
    expect(words.sentence).toBe(
      "In role 30 months; 55 % of time on leadership work, at or above the 40 % threshold; management score 75, leadership score 68.8: 6.3 points apart, within the 15-point threshold.",
    );
  });

  it("warns early about someone too new to be called stuck", () => {
    const words = describeStuck({ ...base, stuck: false, reason: "too-new-in-role", monthsInRole: 4 });
    expect(words.status).toBe("early-warning");
    expect(words.sentence).toBe("In role 4 months, under the 6-month minimum; 25 % of time on leadership work, under the 40 % threshold.");
  });

  it("does not pretend to know without an assessment or a leadership role", () => {
    const none = describeStuck({ ...base, stuck: false, reason: "no-assessment", conditions: [], leadershipTimePct: null, mgmtScore: null, leadScore: null, gap: null });
    expect(none.status).toBe("unknown");
    expect(none.sentence).toBe("In role 30 months; no assessment, so time on leadership work and the scores are unknown.");
    expect(describeStuck({ ...base, stuck: false, reason: "not-leadership-level" }).status).toBe("not-applicable");
  });

  it("says when leading is ahead of managing", () => {
    const words = describeStuck({ ...base, stuck: false, reason: "conditions-not-met", conditions: [], leadershipTimePct: 60, mgmtScore: 50, leadScore: 75, gap: -25 });
    expect(words.sentence).toContain("leading is not behind managing");
  });
});
