import { describe, expect, it } from "vitest";
import { nineBoxPlace, quadrantPlace } from "./placement";

describe("nineBoxPlace", () => {
  it("names the box of a performance × potential pair", () => {
    expect(nineBoxPlace(3, 3)).toEqual({ performance: 3, potential: 3, name: "Star" });
    expect(nineBoxPlace(1, 3)?.name).toBe("Rough diamond");
    expect(nineBoxPlace(2, 2)?.name).toBe("Core player");
  });

  it("has no place without an assessment or with out-of-range values", () => {
    expect(nineBoxPlace(null, 2)).toBeNull();
    expect(nineBoxPlace(4, 2)).toBeNull();
  });
});

describe("quadrantPlace", () => {
  it("separates strong managers who are not yet leaders", () => {
    expect(quadrantPlace({ mgmtScore: 81.25, leadScore: 43.75 }, 60)?.quadrant).toBe("manager-not-yet-leader");
    expect(quadrantPlace({ mgmtScore: 60, leadScore: 60 }, 60)?.quadrant).toBe("manages-and-leads");
    expect(quadrantPlace({ mgmtScore: 40, leadScore: 75 }, 60)?.quadrant).toBe("leads-more-than-manages");
    expect(quadrantPlace({ mgmtScore: 59.9, leadScore: 10 }, 60)?.quadrant).toBe("developing");
  });

  it("follows the configured threshold", () => {
    expect(quadrantPlace({ mgmtScore: 65, leadScore: 65 }, 70)?.quadrant).toBe("developing");
  });

  it("has no place for an unassessed person", () => {
    expect(quadrantPlace({ mgmtScore: null, leadScore: null }, 60)).toBeNull();
  });
});
