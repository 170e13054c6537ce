import { z } from "zod";
import { ZPageSize } from "./api";

// My team's URL state (/team?…): a search, the open cycle's status, the
// sort and the page, validated the same way whether typed or linked.
export const TEAM_SORT_KEYS = ["name", "title", "mgmtScore", "leadScore", "assessment"] as const;
export type TeamSortKey = (typeof TEAM_SORT_KEYS)[number];
export const TEAM_SORTS = TEAM_SORT_KEYS.flatMap((k) => [k, `-${k}`] as const) as [TeamSortKey | `-${TeamSortKey}`, ...(TeamSortKey | `-${TeamSortKey}`)[]];
export type TeamSort = (typeof TEAM_SORTS)[number];

export const TEAM_STATUSES = ["none", "draft", "submitted"] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

export const ZTeamQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().describe("matches name, employee id or title"),
  status: z.enum(TEAM_STATUSES).optional().describe("the open cycle's assessment: none, draft or submitted"),
  sort: z.enum(TEAM_SORTS).default("name"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: ZPageSize,
});
export type TeamQuery = z.infer<typeof ZTeamQuery>;
