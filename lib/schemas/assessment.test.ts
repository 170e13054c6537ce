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

describe("drafts", () => {
  it("keeps what is answered so far, still checking each answer", async () => {
    const { ZAssessmentDraft, ZAssessmentValues } = await import("./assessment");
    expect(ZAssessmentDraft.parse({ performance: "2", potential: "", notes: "" })).toEqual({ performance: 2 });
    expect(ZAssessmentDraft.safeParse({ performance: "4" }).success).toBe(false);
    // Submitting needs every answer.
    expect(ZAssessmentValues.safeParse({ performance: "2" }).success).toBe(false);
  });

  it("tells a fully answered row from a draft's", async () => {
    const { isAnswered } = await import("./assessment");
    expect(isAnswered({ performance: 2, potential: 3, notes: null })).toBe(true);
    expect(isAnswered({ performance: 2, potential: null })).toBe(false);
  });
});
