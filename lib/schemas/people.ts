import { z } from "zod";
import { ZIsoDate, ZPageSize } from "./api";

// The people directory's URL state (/people?…): every filter, the sort and
// the page, validated the same way whether typed, bookmarked or linked.
export const PEOPLE_SORT_KEYS = ["name", "title", "orgUnitPath", "level", "manager", "mgmtScore", "leadScore"] as const;
export type PeopleSortKey = (typeof PEOPLE_SORT_KEYS)[number];
// "-key" sorts descending, as the gap report's `sort` does.
export const PEOPLE_SORTS = [
  "name", "-name", "title", "-title", "orgUnitPath", "-orgUnitPath", "level", "-level",
  "manager", "-manager", "mgmtScore", "-mgmtScore", "leadScore", "-leadScore",
] as const satisfies readonly (PeopleSortKey | `-${PeopleSortKey}`)[];
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

const ZFlagParam = z.enum(["true", "false"]).transform((v) => v === "true");

export const ZPeopleQuery = z.object({
  asOf: ZIsoDate.optional(),
  q: z.string().trim().min(1).max(100).optional().describe("matches name, employee id or title"),
  orgUnit: z.string().min(1).optional().describe("org unit path; the unit and everything below it"),
  level: z.string().min(1).optional(),
  stuck: ZFlagParam.optional(),
  retiringSoon: ZFlagParam.optional(),
  sort: z.enum(PEOPLE_SORTS).default("name"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: ZPageSize,
});
export type PeopleQuery = z.infer<typeof ZPeopleQuery>;
