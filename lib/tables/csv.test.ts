import { describe, expect, it } from "vitest";
import { csvChunks, csvResponse, neutraliseFormula } from "./csv";

describe("csvResponse", () => {
  it("streams the chunks as a UTF-8 CSV download", async () => {
    const response = csvResponse(csvChunks([{ name: "Zoë, Jr.", active: true }], ["name", "active"]), "people.csv", 1);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="people.csv"');
    expect(await response.text()).toBe('name,active\n"Zoë, Jr.",true\n');
  });
});

describe("neutraliseFormula", () => {
  it("turns every cell a spreadsheet would run into text, and leaves the rest alone", () => {
    for (const planted of ["=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1"]) {
      expect(neutraliseFormula(planted), planted).toBe(`'${planted}`);
    }
    for (const plain of ["Ada Lovelace", "O'Brien", "2026-01-01", "", " =1"]) expect(neutraliseFormula(plain)).toBe(plain);
  });

  it("is applied to every string cell of the one CSV writer, not to numbers", () => {
    const text = [...csvChunks([{ name: "=1+1", score: -2, note: "@x" }], ["name", "score", "note"])].join("");
    expect(text).toBe("name,score,note\n'=1+1,-2,'@x\n");
  });
});
