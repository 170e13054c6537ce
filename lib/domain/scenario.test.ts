import { describe, expect, it } from "vitest";
import { simulateScenario } from "./scenario";
import { computeSnapshot } from "./snapshot";
import { assessment, engineInput, nomination, person, position } from "./test-fixtures";
import type { EngineInput } from "./types";

function run(input: EngineInput, leavers: string[], retireBy: string | null = null) {
  return simulateScenario(input, computeSnapshot(input), { leavers, retireBy });
}

// A three-deep slate: CEO ← VP ← DIR ← MGR.
function chainOrg(overrides: Partial<EngineInput> = {}): EngineInput {
  return engineInput({
    people: [
      person("CEO", { levelCode: "L5" }),
      person("VP", { levelCode: "L4" }),
      person("DIR", { levelCode: "L3" }),
      person("MGR", { levelCode: "L2" }),
    ],
    positions: [
      position("P-CEO", { levelCode: "L5", incumbentId: "CEO", critical: true }),
      position("P-VP", { levelCode: "L4", incumbentId: "VP" }),
      position("P-DIR", { levelCode: "L3", incumbentId: "DIR" }),
      position("P-MGR", { levelCode: "L2", incumbentId: "MGR" }),
    ],
    nominations: [nomination("P-CEO", "VP"), nomination("P-VP", "DIR"), nomination("P-DIR", "MGR")],
    ...overrides,
  });
}

describe("simulateScenario", () => {
  it("plays the domino: each mover's seat opens and joins the queue", () => {
    const result = run(chainOrg(), ["CEO"]);
    expect(result.moves.map((m) => [m.positionId, m.vacatedBy, m.filledBy, m.depth])).toEqual([
      ["P-CEO", "CEO", "VP", 1],
      ["P-VP", "VP", "DIR", 2],
      ["P-DIR", "DIR", "MGR", 3],
    ]);
    expect(result.unfilled).toEqual([{ positionId: "P-MGR", vacatedBy: "MGR", depth: 4, reason: "no-ready-now-successor", blocked: [] }]);
    expect(result.depth).toBe(3);
    expect(result.leavers).toEqual(["CEO"]);
  });

  it("only approved ready-now successors fill a seat", () => {
    const input = chainOrg({
      nominations: [nomination("P-CEO", "VP", { readiness: "1_2_years" }), nomination("P-CEO", "DIR", { status: "proposed" })],
    });
    const result = run(input, ["CEO"]);
    expect(result.moves).toEqual([]);
    expect(result.unfilled[0]).toMatchObject({ positionId: "P-CEO", reason: "no-ready-now-successor" });
  });

  it("gives a successor wanted by two seats to the higher-ranked seat first", () => {
    const input = engineInput({
      people: [person("A", { levelCode: "L4" }), person("B", { levelCode: "L3" }), person("S", { levelCode: "L2" })],
      positions: [
        position("P-A", { levelCode: "L4", incumbentId: "A" }),
        position("P-B", { levelCode: "L3", incumbentId: "B" }),
        position("P-S", { levelCode: "L2", incumbentId: "S" }),
      ],
      nominations: [nomination("P-B", "S"), nomination("P-A", "S")],
    });
    const result = run(input, ["B", "A"]);
    expect(result.moves.map((m) => [m.positionId, m.filledBy])).toEqual([["P-A", "S"]]);
    expect(result.unfilled.map((u) => [u.positionId, u.reason, u.blocked])).toEqual([
      ["P-B", "all-moved-or-leaving", [{ employeeId: "S", why: "moved" }]],
      ["P-S", "no-ready-now-successor", []],
    ]);
  });

  it("between seats of one level takes the riskier seat first, then the smaller id", () => {
    const base = {
      people: [person("A", { levelCode: "L4" }), person("B", { levelCode: "L4" }), person("S", { levelCode: "L3" })],
      nominations: [nomination("P-A", "S"), nomination("P-B", "S")],
    };
    const sameRisk = engineInput({
      ...base,
      positions: [position("P-B", { levelCode: "L4", incumbentId: "B" }), position("P-A", { levelCode: "L4", incumbentId: "A" }), position("P-S", { levelCode: "L3", incumbentId: "S" })],
    });
    expect(run(sameRisk, ["A", "B"]).moves[0]?.positionId).toBe("P-A");
    const riskierB = engineInput({
      ...base,
      positions: [position("P-B", { levelCode: "L4", incumbentId: "B", impactOfLoss: "high" }), position("P-A", { levelCode: "L4", incumbentId: "A", impactOfLoss: "low" }), position("P-S", { levelCode: "L3", incumbentId: "S" })],
    });
    expect(run(riskierB, ["A", "B"]).moves[0]?.positionId).toBe("P-B");
  });

  it("never moves a leaver who is also a successor", () => {
    const result = run(chainOrg(), ["CEO", "VP"]);
    const ceo = result.unfilled.find((u) => u.positionId === "P-CEO");
    expect(ceo).toMatchObject({ reason: "all-moved-or-leaving", blocked: [{ employeeId: "VP", why: "leaving" }] });
    expect(result.moves.map((m) => [m.positionId, m.filledBy])).toEqual([["P-VP", "DIR"], ["P-DIR", "MGR"]]);
  });

  it("picks the highest relevant score, with no score last and ties by smallest id", () => {
    const people = [person("BOSS", { levelCode: "L4" }), person("X3", { levelCode: "L3" }), person("X1", { levelCode: "L3" }), person("X2", { levelCode: "L3" })];
    const positions = [position("P-BOSS", { levelCode: "L4", incumbentId: "BOSS" })];
    const nominations = [nomination("P-BOSS", "X1"), nomination("P-BOSS", "X2"), nomination("P-BOSS", "X3")];
    // Leadership seat: the leadership score decides, not the management one.
    const scored = engineInput({ people, positions, nominations, assessments: [assessment("X1", { lead: 50, mgmt: 100 }), assessment("X2", { lead: 75 }), assessment("X3", { lead: 75 })] });
    expect(run(scored, ["BOSS"]).moves[0]?.filledBy).toBe("X2");
    const unscoredFirstId = engineInput({ people, positions, nominations, assessments: [assessment("X3", { lead: 0 })] });
    expect(run(unscoredFirstId, ["BOSS"]).moves[0]?.filledBy).toBe("X3");
    const noneScored = engineInput({ people, positions, nominations });
    expect(run(noneScored, ["BOSS"]).moves[0]?.filledBy).toBe("X1");
  });

  it("uses the management score for a management seat", () => {
    const input = engineInput({
      people: [person("M", { levelCode: "L3" }), person("Y1", { levelCode: "L2" }), person("Y2", { levelCode: "L2" })],
      positions: [position("P-M", { levelCode: "L3", incumbentId: "M" })],
      nominations: [nomination("P-M", "Y1"), nomination("P-M", "Y2")],
      assessments: [assessment("Y1", { mgmt: 50, lead: 100 }), assessment("Y2", { mgmt: 75, lead: 0 })],
    });
    expect(run(input, ["M"]).moves[0]?.filledBy).toBe("Y2");
  });

  it("skips successors who have left the organization", () => {
    const input = chainOrg();
    input.people = input.people.map((p) => (p.employeeId === "VP" ? { ...p, active: false } : p));
    expect(run(input, ["CEO"]).unfilled[0]).toMatchObject({ positionId: "P-CEO", reason: "no-ready-now-successor" });
  });

  it("retireBy adds everyone whose §3 retirement date falls on or before it", () => {
    const input = chainOrg();
    input.people = input.people.map((p) =>
      p.employeeId === "CEO" ? { ...p, retirementEligibilityDate: "2028-06-30" } : p.employeeId === "MGR" ? { ...p, plannedRetirementDate: "2028-07-01" } : p,
    );
    const result = run(input, [], "2028-06-30");
    expect(result.leavers).toEqual(["CEO"]);
    expect(result.moves.map((m) => m.filledBy)).toEqual(["VP", "DIR", "MGR"]);
  });

  it("retireBy counts birth years only when the age rule is on", () => {
    const input = chainOrg();
    input.people = input.people.map((p) => (p.employeeId === "DIR" ? { ...p, birthYear: 1962 } : p));
    expect(run(input, [], "2028-01-01").leavers).toEqual([]);
    input.settings = { ...input.settings, ageRuleEnabled: true, retirementAge: 65 };
    // 1 July 1962 + 65 = 2027-07-01.
    const result = run(input, [], "2028-01-01");
    expect(result.leavers).toEqual(["DIR"]);
    expect(result.moves.map((m) => [m.positionId, m.filledBy])).toEqual([["P-DIR", "MGR"]]);
  });

  it("computes before and after with the same engine", () => {
    const input = chainOrg();
    const result = run(input, ["CEO"]);
    expect(result.before.vacantSeats).toBe(0);
    expect(result.after.vacantSeats).toBe(1);
    const after = result.afterSnapshot.positions;
    expect(after.find((r) => r.positionId === "P-CEO")?.incumbentEmployeeId).toBe("VP");
    expect(after.find((r) => r.positionId === "P-MGR")?.incumbentEmployeeId).toBeNull();
    expect(result.after.highRiskSeats).toBeGreaterThanOrEqual(result.before.highRiskSeats);
    expect(result.heatmapChanges.some((c) => c.orgUnitId === null && c.level === "L2")).toBe(true);
    // The CEO seat's slate was VP, who now holds it: it has no successor left.
    expect(after.find((r) => r.positionId === "P-CEO")?.flags).toContain("no-successor");
  });

  it("is deterministic whatever the input order", () => {
    const input = chainOrg();
    const shuffled = { ...input, people: [...input.people].reverse(), positions: [...input.positions].reverse(), nominations: [...input.nominations].reverse() };
    const a = run(input, ["CEO", "DIR"]);
    const b = run(shuffled, ["DIR", "CEO"]);
    expect(b.moves).toEqual(a.moves);
    expect(b.unfilled).toEqual(a.unfilled);
    expect(b.after).toEqual(a.after);
  });
});
