import { describe, expect, it } from "vitest";
import { firstValues, formatSortParam, hrefWith, pageForSize, pageWindow, parseSortParam } from "./url-state";

describe("firstValues", () => {
  it("keeps the first of repeated values and drops empty ones", () => {
    expect(firstValues({ flag: ["no-successor", "single-point"], q: "", level: "L4", page: undefined, orgUnit: "  " })).toEqual({
      flag: "no-successor",
      level: "L4",
    });
  });
});

describe("hrefWith", () => {
  const params = { flag: "no-successor", sort: "-risk", page: "3" };

  it("changes one filter and goes back to the first page", () => {
    expect(hrefWith("/gaps", params, { level: "L4" })).toBe("/gaps?flag=no-successor&sort=-risk&level=L4");
  });

  it("keeps the filters when only the page changes", () => {
    expect(hrefWith("/gaps", params, { page: "4" })).toBe("/gaps?flag=no-successor&sort=-risk&page=4");
  });

  it("removes a parameter set to null, and page 1 altogether", () => {
    expect(hrefWith("/gaps", params, { flag: null })).toBe("/gaps?sort=-risk");
    expect(hrefWith("/gaps", { page: "2" }, { page: "1" })).toBe("/gaps");
  });

  it("encodes org unit paths", () => {
    expect(hrefWith("/gaps", {}, { orgUnit: "Sales & Marketing/EMEA" })).toBe("/gaps?orgUnit=Sales+%26+Marketing%2FEMEA");
  });
});

describe("sort parameters", () => {
  it("round-trips the API's '-key' convention", () => {
    expect(parseSortParam("-risk")).toEqual({ id: "risk", desc: true });
    expect(parseSortParam("title")).toEqual({ id: "title", desc: false });
    expect(formatSortParam({ id: "risk", desc: true })).toBe("-risk");
    expect(formatSortParam(parseSortParam("orgUnitPath"))).toBe("orgUnitPath");
  });
});

describe("pageWindow", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });

  it("elides long runs but keeps first, last and neighbours", () => {
    expect(pageWindow(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
  });

  it("is empty when there is nothing to page", () => {
    expect(pageWindow(1, 0)).toEqual([]);
  });
});

describe("pageForSize", () => {
  it("keeps the first row of the page in view when the page size changes", () => {
    expect(pageForSize(1, 50, 1000)).toBe(1);
    expect(pageForSize(21, 50, 1000)).toBe(2); // row 1,001
    expect(pageForSize(20, 50, 1000)).toBe(1); // row 951
    expect(pageForSize(2, 1000, 50)).toBe(21);
    expect(pageForSize(3, 200, 200)).toBe(3);
  });
});
