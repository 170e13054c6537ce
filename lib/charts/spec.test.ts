import { describe, expect, it } from "vitest";
import { chartTable, describeChart, emptyNote, formatValue, type ChartSpec } from "./spec";

const spec: ChartSpec = {
  kind: "bar",
  categoryLabel: "Year",
  valueLabel: "Seats",
  unit: "count",
  labels: ["2026", "2027"],
  series: [
    { label: "Retiring", values: [7, 1200], color: "#000", unit: "count" },
    { label: "Share", values: [14.85, null], color: "#111", unit: "percent", tableOnly: true },
  ],
};

describe("chart numbers", () => {
  it("formats counts, percentages and missing values", () => {
    expect(formatValue(1200, "count")).toBe("1,200");
    expect(formatValue(14.8, "percent")).toBe("14.8 %");
    expect(formatValue(0, "percent")).toBe("0 %");
    expect(formatValue(null, "count")).toBe("—");
  });

  it("gives a table with every series, table-only ones included", () => {
    expect(chartTable(spec)).toEqual({
      head: ["Year", "Retiring", "Share"],
      rows: [
        ["2026", "7", "14.9 %"],
        ["2027", "1,200", "—"],
      ],
    });
  });

  it("describes every number for the canvas's text alternative", () => {
    expect(describeChart("Wave", spec)).toBe("Wave. 2026: Retiring 7, Share 14.9 %; 2027: Retiring 1,200, Share —.");
    expect(describeChart("Wave", { ...spec, labels: [] })).toBe("Wave: no data.");
  });

  it("explains a chart with nothing to draw", () => {
    expect(emptyNote(spec)).toBeNull();
    const zero = { ...spec, series: [{ ...spec.series[0]!, values: [0, 0] }, spec.series[1]!] };
    expect(emptyNote(zero)).toBe("None for this date and scope.");
    expect(emptyNote({ ...zero, unit: "percent" })).toBe("0 % for this date and scope.");
    expect(emptyNote({ ...spec, series: [{ ...spec.series[0]!, values: [null, null] }] })).toBe("No data for this date and scope.");
  });
});
