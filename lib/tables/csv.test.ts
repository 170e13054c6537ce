import { describe, expect, it } from "vitest";
import { csvChunks, csvResponse } from "./csv";

describe("csvResponse", () => {
  it("streams the chunks as a UTF-8 CSV download", async () => {
    const response = csvResponse(csvChunks([{ name: "Zoë, Jr.", active: true }], ["name", "active"]), "people.csv", 1);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="people.csv"');
    expect(await response.text()).toBe('name,active\n"Zoë, Jr.",true\n');
  });
});
