import { describe, expect, it } from "vitest";
import { PAGE_SIZES } from "@/lib/tables/url-state";
import { ZPositionsQuery } from "./api";
import { ZPeopleQuery } from "./people";

describe("ZPeopleQuery", () => {
  it("defaults to the first page sorted by name", () => {
    expect(ZPeopleQuery.parse({})).toEqual({ sort: "name", page: 1, pageSize: 50 });
  });

  it("reads flags and numbers from URL text", () => {
    expect(ZPeopleQuery.parse({ stuck: "true", retiringSoon: "false", page: "3", sort: "-mgmtScore" })).toMatchObject({
      stuck: true,
      retiringSoon: false,
      page: 3,
      sort: "-mgmtScore",
    });
  });

  it("refuses an unknown sort, a bad date and an oversized page", () => {
    expect(ZPeopleQuery.safeParse({ sort: "birthYear" }).success).toBe(false);
    expect(ZPeopleQuery.safeParse({ asOf: "2026-02-30" }).success).toBe(false);
    expect(ZPeopleQuery.safeParse({ pageSize: "10000" }).success).toBe(false);
  });
});

describe("page sizes", () => {
  it("accepts every size the tables offer, on both tables, and nothing above 1,000", () => {
    for (const schema of [ZPeopleQuery, ZPositionsQuery]) {
      for (const size of PAGE_SIZES) expect(schema.parse({ pageSize: String(size) }).pageSize).toBe(size);
      expect(schema.safeParse({ pageSize: "1001" }).success).toBe(false);
      expect(schema.safeParse({ pageSize: "0" }).success).toBe(false);
    }
  });
});

describe("PEOPLE_SORTS", () => {
  it("offers both directions of every sort key", async () => {
    const { PEOPLE_SORTS, PEOPLE_SORT_KEYS } = await import("./people");
    expect([...PEOPLE_SORTS].sort()).toEqual(PEOPLE_SORT_KEYS.flatMap((k) => [k, `-${k}`]).sort());
  });
});
