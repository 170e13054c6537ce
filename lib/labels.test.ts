import { describe, expect, it } from "vitest";
import { GAP_FLAGS } from "@/lib/domain";
import { NOMINATION_STATUSES } from "@/lib/schemas/nominations";
import { BENCH_LABELS, FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_TONES, readinessLabel, statusLabel } from "./labels";

describe("gap flag labels", () => {
  it("gives every flag a human label, a description and a tone", () => {
    for (const flag of GAP_FLAGS) {
      expect(FLAG_LABELS[flag]).toMatch(/^[A-Z][a-z]/);
      expect(FLAG_DESCRIPTIONS[flag].length).toBeGreaterThan(20);
      expect(FLAG_TONES[flag]).toBeDefined();
    }
  });

  it("uses the words HR uses, not the codes", () => {
    expect(FLAG_LABELS["single-point"]).toBe("Single point of failure");
    expect(FLAG_LABELS["stuck-incumbent"]).toBe("Stuck in management");
  });
});

describe("one word per code", () => {
  it("says the bench the same way everywhere, as a phrase that stands alone", () => {
    expect(BENCH_LABELS).toEqual({ none: "No bench", weak: "Weak bench", moderate: "Moderate bench", strong: "Strong bench" });
  });

  it("names every nomination status and readiness, and shows an unknown code as itself", () => {
    expect(NOMINATION_STATUSES.map(statusLabel)).toEqual(["Proposed", "Approved", "Declined", "Withdrawn", "Succeeded"]);
    expect(readinessLabel("1_2_years")).toBe("Ready in 1–2 years");
    expect(statusLabel("archived")).toBe("archived");
  });
});
