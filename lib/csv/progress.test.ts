import { describe, expect, it } from "vitest";
import { describeStage, overallFraction, type UploadStage } from "./progress";

describe("overallFraction", () => {
  it("only goes forward from the first byte uploaded to done, for both steps", () => {
    const stages: UploadStage[] = [
      { phase: "uploading", done: 0, total: 1000 },
      { phase: "uploading", done: 1000, total: 1000 },
      { phase: "parsing", done: 0, total: 1000 },
      { phase: "parsing", done: 1000, total: 1000 },
      { phase: "validating", done: 0, total: 50 },
      { phase: "validating", done: 50, total: 50 },
      { phase: "checking", done: 0, total: 1 },
      { phase: "checking", done: 1, total: 1 },
      { phase: "writing", done: 0, total: 80 },
      { phase: "writing", done: 80, total: 80 },
      { phase: "done", done: 1, total: 1 },
    ];
    for (const intent of ["preview", "apply"] as const) {
      const fractions = stages.map((stage) => overallFraction(intent, stage));
      expect(fractions[0]).toBe(0);
      expect(fractions.at(-1)).toBe(1);
      for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    }
  });

  it("is not thrown by an empty total", () => {
    expect(overallFraction("apply", { phase: "writing", done: 0, total: 0 })).toBeCloseTo(0.6);
  });
});

describe("describeStage", () => {
  it("says where the import is, with counts a person can read", () => {
    expect(describeStage({ phase: "uploading", done: 2_500_000, total: 9_800_000 })).toBe("Uploading: 2.5 of 9.8 MB");
    expect(describeStage({ phase: "validating", done: 45_000, total: 100_000 })).toBe("Checking each row: 45,000 of 100,000");
    expect(describeStage({ phase: "writing", done: 5_000, total: 200_400 })).toBe("Writing: 5,000 of 200,400 records");
  });
});
