import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage, HIGH_RISK_THRESHOLD, MAX_COVERAGE, positionRisk, type RiskFacts } from "./risk";
import type { Impact } from "./types";
import { vacancyRisk, type VacancyRisk } from "./vacancy";

const none = { readyNow: 0, readyIn1to2Years: 0, readyIn3PlusYears: 0 };

describe("vacancyRisk", () => {
  const occupied = { vacant: false, retiringSoon: false, retiringWithinWatch: false, flightRisk: null };
  it("is high for a vacant seat, a retiring incumbent or high flight risk", () => {
    expect(vacancyRisk({ ...occupied, vacant: true })).toBe("high");
    expect(vacancyRisk({ ...occupied, retiringSoon: true, retiringWithinWatch: true })).toBe("high");
    expect(vacancyRisk({ ...occupied, flightRisk: "high" })).toBe("high");
  });
  it("is medium for a retirement within two horizons or medium flight risk", () => {
    expect(vacancyRisk({ ...occupied, retiringWithinWatch: true })).toBe("medium");
    expect(vacancyRisk({ ...occupied, flightRisk: "medium" })).toBe("medium");
  });
  it("is low otherwise, also for an unassessed incumbent", () => {
    expect(vacancyRisk(occupied)).toBe("low");
    expect(vacancyRisk({ ...occupied, flightRisk: "low" })).toBe("low");
  });
});

describe("positionRisk", () => {
  const risk = (overrides: Partial<RiskFacts>) =>
    positionRisk({ vacancyRisk: "high", vacant: false, impactOfLoss: "high", successors: none, ...overrides });

  it("is 100 for an empty, high-impact seat with nobody behind it", () => {
    expect(risk({ vacant: true })).toBe(100);
  });

  it("follows the documented weights", () => {
    expect(risk({})).toBe(90);
    expect(risk({ impactOfLoss: "medium" })).toBe(63);
    expect(risk({ vacancyRisk: "medium" })).toBe(50);
    expect(risk({ vacancyRisk: "low", impactOfLoss: "low" })).toBe(8);
    expect(risk({ successors: { ...none, readyNow: 1 } })).toBe(36);
    expect(risk({ successors: { ...none, readyIn1to2Years: 1 } })).toBe(63);
    expect(risk({ successors: { ...none, readyIn3PlusYears: 1 } })).toBe(81);
  });

  it("gives the examples in docs/risk.md", () => {
    expect(risk({ vacancyRisk: "medium", impactOfLoss: "medium", successors: { ...none, readyIn1to2Years: 1 } })).toBe(25);
    expect(risk({ impactOfLoss: "medium", successors: { ...none, readyNow: 1 } })).toBe(25);
    expect(risk({ successors: { ...none, readyNow: 2 } })).toBe(14);
  });

  it("never reaches zero, however deep the bench", () => {
    expect(coverage({ readyNow: 10, readyIn1to2Years: 10, readyIn3PlusYears: 10 })).toBe(MAX_COVERAGE);
    expect(risk({ vacancyRisk: "low", impactOfLoss: "low", successors: { ...none, readyNow: 10 } })).toBe(1);
  });

  it("needs a likely vacancy, real impact and nobody ready now to count as high risk", () => {
    expect(risk({ vacant: true, successors: { ...none, readyNow: 1 } })).toBeLessThan(HIGH_RISK_THRESHOLD);
    expect(risk({ vacant: true, impactOfLoss: "low" })).toBeLessThan(HIGH_RISK_THRESHOLD);
    expect(risk({ vacancyRisk: "medium" })).toBeLessThan(HIGH_RISK_THRESHOLD);
    expect(risk({ impactOfLoss: "medium" })).toBeGreaterThanOrEqual(HIGH_RISK_THRESHOLD);
  });
});

describe("positionRisk is monotone", () => {
  const vacancyLevels: VacancyRisk[] = ["low", "medium", "high"];
  const impacts: Impact[] = ["low", "medium", "high"];
  const exposure = fc.integer({ min: 0, max: 3 }); // 3 = vacant
  const count = fc.integer({ min: 0, max: 6 });
  const facts = (e: number, impact: number, readyNow: number, in1to2: number, in3: number): RiskFacts => ({
    vacancyRisk: vacancyLevels[Math.min(e, 2)] ?? "high",
    vacant: e === 3,
    impactOfLoss: impacts[impact] ?? "high",
    successors: { readyNow, readyIn1to2Years: in1to2, readyIn3PlusYears: in3 },
  });

  it("in vacancy risk, impact and (inverted) every successor count", () => {
    fc.assert(
      fc.property(
        exposure,
        exposure,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        fc.tuple(count, count, count),
        fc.tuple(count, count, count),
        (e1, e2, i1, i2, [a1, b1, c1], [a2, b2, c2]) => {
          // The second seat is at least as exposed and at most as covered.
          const more = facts(Math.max(e1, e2), Math.max(i1, i2), Math.min(a1, a2), Math.min(b1, b2), Math.min(c1, c2));
          const less = facts(Math.min(e1, e2), Math.min(i1, i2), Math.max(a1, a2), Math.max(b1, b2), Math.max(c1, c2));
          expect(positionRisk(more)).toBeGreaterThanOrEqual(positionRisk(less));
          expect(positionRisk(more)).toBeLessThanOrEqual(100);
          expect(positionRisk(less)).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(positionRisk(more))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
