import { describe, expect, it } from "vitest";
import { simulateScenario } from "./scenario";
import { chainLength, scenarioChains } from "./scenario-chains";
import { computeSnapshot } from "./snapshot";
import { engineInput, nomination, person, position } from "./test-fixtures";

// CEO ← VP ← DIR, and OPS (a second leaver) with nobody ready.
const input = engineInput({
  people: [person("CEO", { levelCode: "L5" }), person("VP", { levelCode: "L4" }), person("DIR", { levelCode: "L3" }), person("OPS", { levelCode: "L4" })],
  positions: [
    position("P-CEO", { levelCode: "L5", incumbentId: "CEO" }),
    position("P-VP", { levelCode: "L4", incumbentId: "VP" }),
    position("P-DIR", { levelCode: "L3", incumbentId: "DIR" }),
    position("P-OPS", { levelCode: "L4", incumbentId: "OPS" }),
  ],
  nominations: [nomination("P-CEO", "VP"), nomination("P-VP", "DIR")],
});

describe("scenarioChains", () => {
  it("links each seat to the seat its mover left, one chain per seat a leaver opened", () => {
    const result = simulateScenario(input, computeSnapshot(input), { leavers: ["CEO", "OPS"], retireBy: null });
    const chains = scenarioChains(result);
    expect(chains.map((c) => c.positionId)).toEqual(["P-CEO", "P-OPS"]);
    const [ceo, ops] = chains;
    expect(ceo!.move?.filledBy).toBe("VP");
    expect(ceo!.next.map((l) => [l.positionId, l.move?.filledBy ?? null])).toEqual([["P-VP", "DIR"]]);
    expect(ceo!.next[0]!.next.map((l) => [l.positionId, l.unfilled?.reason])).toEqual([["P-DIR", "no-ready-now-successor"]]);
    expect(chainLength(ceo!)).toBe(3);
    expect(ops).toMatchObject({ positionId: "P-OPS", move: null, next: [], unfilled: { reason: "no-ready-now-successor" } });
    expect(chainLength(ops!)).toBe(1);
  });

  it("has no chain when nobody held a seat", () => {
    expect(scenarioChains({ moves: [], unfilled: [] })).toEqual([]);
  });
});
