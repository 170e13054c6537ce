import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCENARIO_CSV_COLUMNS, scenarioCsvRows } from "@/lib/scenarios/csv";
import { createViewer } from "@/lib/server/access/viewer";
import { csvChunks } from "@/lib/tables/csv";
import { seedSmallOrganization, SMALL_ORG_USERS } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { findScenarioPage } from "./scenario-page";

const providers = await providersUnderTest();
const AS_OF = "2026-12-01";

const users = SMALL_ORG_USERS;

describe.each(providers)("the /scenarios page on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db, { people: { CEO: { plannedRetirementDate: "2027-06-30" } } });
    for (const [positionId, candidateId] of [["P-CEO", "D1"], ["P-D1", "M1"], ["P-M1", "I1"], ["P-D2", "M1"]] as const) {
      await t.db.nomination.create({ data: { positionId, candidateId, readiness: "ready_now", status: "approved" } });
    }
  });
  afterAll(async () => t?.drop());

  const open = async (who: keyof typeof users, query: Parameters<typeof findScenarioPage>[1]) =>
    findScenarioPage(await createViewer({ db: t.db, user: users[who], today: AS_OF }), query);

  it("reads the chain as dominoes with names, seats and levels for HR, admins and executives", async () => {
    for (const who of ["hr", "admin", "executive"] as const) {
      const view = await open(who, { leavers: ["CEO"] });
      const chain = view?.outcome?.chains[0];
      expect(chain?.seat).toMatchObject({ positionId: "P-CEO", title: "Seat P-CEO", level: "L5" });
      expect(chain?.vacatedBy).toEqual({ employeeId: "CEO", name: "Name CEO" });
      expect(chain?.mover).toMatchObject({ person: { employeeId: "D1", name: "Name D1" }, fromLevel: "L4", scoreName: "leadership" });
      const path: string[] = [];
      for (let node = chain; node; node = node.next[0]) path.push(`${node.seat.positionId}←${node.mover?.person.employeeId ?? "unfilled"}`);
      expect(path).toEqual(["P-CEO←D1", "P-D1←M1", "P-M1←I1", "P-I1←unfilled"]);
      expect(view?.outcome?.unfilled.map((u) => [u.seat.positionId, u.unfilled?.reason])).toEqual([["P-I1", "no-ready-now-successor"]]);
      expect(view?.canSave).toBe(who !== "executive");
      // A person's scores are HR's and their managers' to read, not an executive's.
      expect(chain?.mover && "score" in chain.mover).toBe(who !== "executive");
    }
  });

  it("is not there for managers", async () => {
    expect(await open("manager", { leavers: ["CEO"] })).toBeNull();
  });

  it("finds people by name or seat title, marks the chosen, and names unknown ids", async () => {
    const view = await open("executive", { leavers: ["D1"], q: "seat p-d" });
    expect(view?.search?.map((h) => [h.employeeId, h.chosen])).toEqual([["D1", true], ["D2", false]]);
    expect(view?.chosen).toEqual([{ employeeId: "D1", name: "Name D1" }]);
    const unknown = await open("hr", { leavers: ["E404"] });
    expect(unknown?.outcome).toBeNull();
    expect(unknown?.problem).toContain("E404");
  });

  it("counts retire-by leavers apart from the named ones, and exports every decided seat as CSV", async () => {
    const view = await open("hr", { leavers: ["D2"], retireBy: "2027-12-31" });
    expect(view?.outcome?.leavers.map((l) => [l.employeeId, l.named])).toEqual([["CEO", false], ["D2", true]]);
    const rows = scenarioCsvRows(view!.outcome!);
    const csv = parse([...csvChunks(rows, SCENARIO_CSV_COLUMNS)].join(""), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.outcome, r.position_id, r.filled_by])).toEqual([
      ["move", "P-CEO", "D1"],
      ["move", "P-D1", "M1"],
      ["move", "P-M1", "I1"],
      ["unfilled", "P-I1", ""],
      ["unfilled", "P-D2", ""],
    ]);
    expect(csv.at(-1)).toMatchObject({ reason: "all-moved-or-leaving", blocked: "M1:moved" });
  });
});
