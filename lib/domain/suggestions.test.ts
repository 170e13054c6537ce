import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FIT_WEIGHTS, FIT_GAINS, FIT_PARTS, FIT_PENALTIES, fitFactors, fitScore, type FitCandidate, type FitFactors, type FitWeights } from "./suggestions";

const full: FitFactors = { capability: 1, potential: 1, performance: 1, timeInRole: 1, levelFit: 1, sameUnit: 1, flightRisk: 0, onlySuccessorElsewhere: 0 };
const sumOf = (parts: Record<string, number | null>) => Math.round(Object.values(parts).reduce<number>((s, p) => s + (p ?? 0), 0) * 10) / 10;

const arbFactor = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
const arbFactors = fc.record(Object.fromEntries(FIT_PARTS.map((p) => [p, arbFactor])) as Record<keyof FitFactors, fc.Arbitrary<number | null>>);
const arbWeights = fc.record(Object.fromEntries(FIT_PARTS.map((p) => [p, fc.integer({ min: 0, max: 100 })])) as Record<keyof FitWeights, fc.Arbitrary<number>>);

describe("fitScore", () => {
  it("gives a perfect candidate with no penalty exactly 100, whatever the weights add up to", () => {
    expect(fitScore(full, DEFAULT_FIT_WEIGHTS).fit).toBe(100);
    expect(fitScore(full, { ...DEFAULT_FIT_WEIGHTS, capability: 70 }).fit).toBe(100);
  });

  it("names every part, penalties as negative points, and the parts add up to the fit", () => {
    const { fit, parts } = fitScore({ ...full, capability: 0.5, flightRisk: 1, onlySuccessorElsewhere: 0.5 }, DEFAULT_FIT_WEIGHTS);
    expect(parts).toEqual({ capability: 17.5, potential: 20, performance: 15, timeInRole: 10, levelFit: 10, sameUnit: 10, flightRisk: -15, onlySuccessorElsewhere: -5 });
    expect(fit).toBe(62.5);
  });

  it("shows a missing assessment as missing, adding nothing, never as a low score", () => {
    const { parts, fit } = fitScore({ ...full, capability: null, potential: null, performance: null, flightRisk: null }, DEFAULT_FIT_WEIGHTS);
    expect([parts.capability, parts.potential, parts.performance, parts.flightRisk]).toEqual([null, null, null, null]);
    expect(fit).toBe(30);
  });

  it("floors at 0 and stays within 0–100 (property)", () => {
    fc.assert(
      fc.property(arbFactors, arbWeights, (factors, weights) => {
        const { fit, parts } = fitScore(factors, weights);
        expect(fit).toBeGreaterThanOrEqual(0);
        expect(fit).toBeLessThanOrEqual(100);
        if (sumOf(parts) >= 0) expect(fit).toBe(sumOf(parts));
      }),
    );
  });

  it("is monotone in each part: more of a gain never lowers it, more of a penalty never raises it (property)", () => {
    fc.assert(
      fc.property(arbFactors, arbWeights, fc.constantFrom(...FIT_PARTS), fc.double({ min: 0, max: 1, noNaN: true }), (factors, weights, part, more) => {
        const base = factors[part] ?? 0;
        const raised = { ...factors, [part]: Math.min(1, base + more) };
        const before = fitScore({ ...factors, [part]: base }, weights).fit;
        const after = fitScore(raised, weights).fit;
        if ((FIT_GAINS as readonly string[]).includes(part)) expect(after).toBeGreaterThanOrEqual(before);
        if ((FIT_PENALTIES as readonly string[]).includes(part)) expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});

describe("fitFactors", () => {
  const candidate: FitCandidate = {
    relevantScore: 80,
    potential: 3,
    performance: 2,
    roleStartDate: "2025-12-01",
    rungsBelow: 1,
    flightRisk: "medium",
    onlySuccessorOf: 3,
    unit: "division",
  };

  it("scales each input to [0, 1]", () => {
    expect(fitFactors(candidate, "2026-12-01")).toEqual({
      capability: 0.8,
      potential: 1,
      performance: 0.5,
      timeInRole: 12 / 36,
      levelFit: 1,
      sameUnit: 0.5,
      flightRisk: 0.5,
      onlySuccessorElsewhere: 1,
    });
  });

  it("prefers one rung below to the same level to two below, and counts three years in role in full", () => {
    const level = (rungsBelow: number) => fitFactors({ ...candidate, rungsBelow }, "2026-12-01").levelFit!;
    expect(level(1)).toBeGreaterThan(level(0));
    expect(level(0)).toBeGreaterThan(level(2));
    expect(fitFactors({ ...candidate, roleStartDate: "2010-01-01" }, "2026-12-01").timeInRole).toBe(1);
    expect(fitFactors({ ...candidate, roleStartDate: null, relevantScore: null, flightRisk: null }, "2026-12-01")).toMatchObject({ timeInRole: null, capability: null, flightRisk: null });
  });
});
