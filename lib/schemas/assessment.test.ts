import { describe, expect, it } from "vitest";
import { assessmentFormFields, ZAssessmentValues } from "./assessment";

describe("assessmentFormFields", () => {
  it("leaves an unanswered note out, so the box starts empty", () => {
    const fields = assessmentFormFields({ performance: 2, leadershipTimePct: 0, notes: undefined, flightRisk: null });
    expect(fields).toEqual({ performance: "2", leadershipTimePct: "0" });
    expect(Object.values(fields)).not.toContain("undefined");
  });

  it("round-trips a blank note back to no note", () => {
    const parsed = ZAssessmentValues.shape.notes.safeParse(assessmentFormFields({ notes: undefined }).notes ?? "");
    expect(parsed).toEqual({ success: true, data: undefined });
  });
});
