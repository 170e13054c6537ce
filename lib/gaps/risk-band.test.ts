import { describe, expect, it } from "vitest";
import { RISK_BAND_LABELS, riskBandOf } from "./risk-band";

describe("riskBandOf", () => {
  it("puts the band edges where the labels say", () => {
    expect(riskBandOf(0)).toBe("low");
    expect(riskBandOf(29)).toBe("low");
    expect(riskBandOf(30)).toBe("medium");
    expect(riskBandOf(59)).toBe("medium");
    expect(riskBandOf(60)).toBe("high");
    expect(riskBandOf(100)).toBe("high");
  });

  it("labels each band with its range", () => {
    expect(RISK_BAND_LABELS.medium).toBe("Medium (30–59)");
    expect(RISK_BAND_LABELS.high).toBe("High (60 or more)");
  });
});
