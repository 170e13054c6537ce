import { describe, expect, it } from "vitest";
import { contrastRatio, luminance, RISK_CLASSES, riskClassIndex } from "./heatmap-scale";

describe("heatmap colour scale", () => {
  it("is sequential: every class darker than the one before", () => {
    for (let i = 1; i < RISK_CLASSES.length; i++) {
      expect(luminance(RISK_CLASSES[i]!.background)).toBeLessThan(luminance(RISK_CLASSES[i - 1]!.background));
    }
  });

  it("keeps the numbers in every cell readable (WCAG AA, 4.5:1)", () => {
    for (const c of RISK_CLASSES) expect(contrastRatio(c.background, c.foreground)).toBeGreaterThanOrEqual(4.5);
  });

  it("puts the high-risk threshold on a class boundary and keeps empty cells apart", () => {
    expect(riskClassIndex(0)).toBe(0);
    expect(riskClassIndex(19.9)).toBe(0);
    expect(riskClassIndex(20)).toBe(1);
    expect(riskClassIndex(59.9)).toBe(2);
    expect(riskClassIndex(60)).toBe(3);
    expect(riskClassIndex(100)).toBe(4);
    expect(riskClassIndex(null)).toBeNull();
  });

  it("computes contrast as WCAG defines it", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
  });
});
