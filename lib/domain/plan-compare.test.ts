import { describe, expect, it } from "vitest";
import { comparePlans, type PlanSeat } from "./plan-compare";
import type { GapRow } from "./positions";

function seat(positionId: string, slate: { readyNow?: string[]; later?: string[] } = {}, row: Partial<GapRow> = {}): PlanSeat {
  const readyNow = slate.readyNow ?? [];
  const later = slate.later ?? [];
  return {
    row: {
      positionId, title: `Seat ${positionId}`, orgUnitPath: "Co", level: "L4", critical: true, impactOfLoss: "high", incumbentEmployeeId: null,
      retirementDate: null, retirementSource: null, vacancyRisk: "high",
      successors: { readyNow: readyNow.length, readyIn1to2Years: later.length, readyIn3PlusYears: 0 },
      benchStrength: readyNow.length > 0 ? "moderate" : later.length > 0 ? "moderate" : "none",
      flags: readyNow.length + later.length === 0 ? ["no-successor"] : [], risk: 50, ...row,
    },
    successorIds: { readyNow, readyIn1to2Years: later, readyIn3PlusYears: [] },
  };
}

describe("comparePlans", () => {
  it("names the seat that gained a ready-now successor, the flag it lost and who entered its slate", () => {
    const result = comparePlans([seat("A"), seat("B", { readyNow: ["X"] })], [seat("A", { readyNow: ["Y"] }), seat("B", { readyNow: ["X"] })]);
    expect(result.gainedReadyNow).toEqual(["A"]);
    expect(result.lostReadyNow).toEqual([]);
    expect(result.benchChanged).toEqual(["A"]);
    expect(result.flags["no-successor"]).toEqual({ gained: [], lost: ["A"] });
    expect(result.entered).toBe(1);
    expect(result.seats).toEqual([
      { positionId: "A", title: "Seat A", readyNow: { from: 0, to: 1 }, bench: { from: "none", to: "moderate" }, flagsGained: [], flagsLost: ["no-successor"], entered: ["Y"], left: [] },
    ]);
  });

  it("counts a readiness change without a slate change, and a seat lost or added", () => {
    const result = comparePlans([seat("A", { readyNow: ["X"] }), seat("GONE")], [seat("A", { later: ["X"] }), seat("NEW")]);
    expect(result.lostReadyNow).toEqual(["A"]);
    expect(result.seats.find((s) => s.positionId === "A")).toMatchObject({ entered: [], left: [], readyNow: { from: 1, to: 0 } });
    expect(result.seats.find((s) => s.positionId === "GONE")?.bench).toEqual({ from: "none", to: null });
    expect(result.seats.find((s) => s.positionId === "NEW")?.flagsGained).toEqual(["no-successor"]);
  });

  it("finds nothing between a plan and itself", () => {
    const plan = [seat("A", { readyNow: ["X"] }), seat("B")];
    expect(comparePlans(plan, plan).seats).toEqual([]);
  });
});
