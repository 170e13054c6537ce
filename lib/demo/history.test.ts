import { describe, expect, it } from "vitest";
import { DEFAULT_AS_OF, generateDemoOrganization } from "./generate";
import { demoHistory } from "./history";

describe("the demo's history", () => {
  const demo = generateDemoOrganization({ people: 200 });

  it("imports everything once, in date order, all before today", () => {
    const { steps, lifecycleDate } = demoHistory(demo, DEFAULT_AS_OF, "2026-12-03");
    const dates = [...steps.map((s) => s.effectiveDate), lifecycleDate];
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d < "2026-12-03")).toBe(true);
    expect(steps[0]!.effectiveDate).toBe("2024-11-23");
    // The snapshot freezes the plan between the two halves of the slates.
    const { snapshot } = demoHistory(demo, DEFAULT_AS_OF, "2026-12-03");
    expect(snapshot).toEqual({ name: "2025 H2 review close", date: "2025-11-29" });
    expect(snapshot.date > steps[3]!.effectiveDate && snapshot.date < steps[4]!.effectiveDate).toBe(true);
    const count = (kind: string) => steps.filter((s) => s.kind === kind).reduce((n, s) => n + s.rows.length, 0);
    expect([count("people"), count("nominations"), count("assessments")]).toEqual([demo.people.length, demo.nominations.length, demo.assessments.length]);
  });

  it("adds half of the approved slates after the earlier review cycle, so the bench grows", () => {
    const slates = demoHistory(demo, DEFAULT_AS_OF, "2026-12-03").steps.filter((s) => s.kind === "nominations");
    const approved = (i: number) => slates[i]!.rows.filter((r) => r.status === "approved").length;
    expect(approved(1)).toBeGreaterThan(0);
    expect(Math.abs(approved(0) - approved(1))).toBeLessThanOrEqual(1);
  });

  it("keeps to yesterday when the demo's dates would reach today", () => {
    const { steps, lifecycleDate } = demoHistory(demo, DEFAULT_AS_OF, "2026-06-01");
    expect(steps.at(-1)!.effectiveDate).toBe("2026-05-31");
    expect(lifecycleDate).toBe("2026-05-31");
  });
});
