import { describe, expect, it } from "vitest";
import { buildLadder, DEFAULT_LEVELS, deriveTransitions } from "./ladder";
import type { LevelInput } from "./types";

const summary = (levels: LevelInput[]) => deriveTransitions(buildLadder(levels).levels).map((t) => [t.id, t.fromLevels, t.toLevel, t.score]);

describe("deriveTransitions", () => {
  it("gives exactly the SPEC's three transitions on the default ladder, whatever the input order", () => {
    const expected = [
      ["ic-to-management", ["L1"], "L2", "mgmtScore"],
      ["management-to-leadership", ["L2", "L3"], "L4", "leadScore"],
      ["leadership-to-executive", ["L4"], "L5", "leadScore"],
    ];
    expect(summary(DEFAULT_LEVELS)).toEqual(expected);
    expect(summary([...DEFAULT_LEVELS].reverse())).toEqual(expected);
  });

  it("follows a longer ladder by kind and rank", () => {
    const levels: LevelInput[] = [
      { code: "A", name: "Junior", rank: 1, kind: "ic" },
      { code: "B", name: "Senior", rank: 2, kind: "ic" },
      { code: "C", name: "Lead", rank: 3, kind: "management" },
      { code: "D", name: "Director", rank: 4, kind: "leadership" },
      { code: "E", name: "VP", rank: 5, kind: "leadership" },
      { code: "F", name: "C-suite", rank: 6, kind: "leadership" },
    ];
    expect(summary(levels)).toEqual([
      ["ic-to-management", ["A", "B"], "C", "mgmtScore"],
      ["management-to-leadership", ["C"], "D", "leadScore"],
      ["leadership-to-executive", ["D", "E"], "F", "leadScore"],
    ]);
  });

  it("leaves out a transition the ladder cannot express", () => {
    const levels: LevelInput[] = [
      { code: "M", name: "Manager", rank: 1, kind: "management" },
      { code: "X", name: "Executive", rank: 2, kind: "leadership" },
    ];
    expect(summary(levels)).toEqual([["management-to-leadership", ["M"], "X", "leadScore"]]);
  });
});

describe("buildLadder", () => {
  it("knows each code's kind and nothing else", () => {
    const ladder = buildLadder(DEFAULT_LEVELS);
    expect(ladder.kindOf("L3")).toBe("management");
    expect(ladder.kindOf("L9")).toBeNull();
  });
});
