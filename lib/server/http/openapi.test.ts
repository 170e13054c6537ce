import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  const doc = openApiDocument();

  it("describes every read route", () => {
    expect(Object.keys(doc.paths)).toEqual(["/positions", "/people/{employeeId}", "/heatmap", "/pipeline", "/trend", "/nominations", "/positions/{id}/suggestions", "/scenarios/simulate", "/snapshots", "/snapshots/{id}", "/snapshots/{id}/positions", "/snapshots/compare", "/nominations/{id}", "/imports/{kind}"]);
  });

  it("takes the positions filters from the zod schema the route parses with", () => {
    const names = doc.paths["/positions"].get.parameters.map((p) => (p as { name: string }).name);
    expect(names).toEqual(["asOf", "flag", "orgUnit", "level", "critical", "riskBand", "q", "sort", "page", "pageSize"]);
  });

  it("spells out the gap row contract of the spec", () => {
    const row = doc.components.schemas.GapRow as { properties: Record<string, unknown> };
    expect(Object.keys(row.properties)).toEqual([
      "positionId", "title", "orgUnitPath", "level", "critical", "impactOfLoss", "incumbentEmployeeId",
      "retirementDate", "retirementSource", "vacancyRisk", "successors", "benchStrength", "flags", "risk",
    ]);
  });
});
