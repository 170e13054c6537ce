import { describe, expect, it } from "vitest";
import { GAP_FLAGS } from "@/lib/domain";
import { FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_TONES } from "./labels";

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
