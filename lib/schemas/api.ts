import { z } from "zod";
import { GAP_FLAGS } from "@/lib/domain/flags";
import { isIsoDate } from "@/lib/domain/dates";
import { RISK_BANDS } from "@/lib/gaps/risk-band";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/tables/url-state";

// Request and response shapes of /api/v1. The OpenAPI document is generated
// from these (lib/server/http/openapi.ts): one definition, never written twice.
export const ZIsoDate = z.string().refine(isIsoDate, "must be a real date as YYYY-MM-DD");

export const POSITION_SORTS = ["risk", "-risk", "positionId", "-positionId", "title", "-title", "level", "-level", "retirementDate", "-retirementDate", "orgUnitPath", "-orgUnitPath"] as const;

// Rows per page, for the API and the tables' URLs alike; the screens offer
// PAGE_SIZES (lib/tables/url-state.ts).
export const ZPageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);

const ZBooleanParam = z.enum(["true", "false"]).transform((v) => v === "true");

export const ZPositionsQuery = z.object({
  asOf: ZIsoDate.optional(),
  flag: z.enum(GAP_FLAGS).optional(),
  orgUnit: z.string().min(1).optional().describe("org unit path; the unit and everything below it"),
  level: z.string().min(1).optional(),
  critical: ZBooleanParam.optional(),
  riskBand: z.enum(RISK_BANDS).optional().describe("position risk: low under 30, medium 30–59, high 60 or more"),
  q: z.string().trim().min(1).max(100).optional().describe("matches position id, title or incumbent name"),
  sort: z.enum(POSITION_SORTS).default("-risk"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: ZPageSize,
});
export type PositionsQuery = z.infer<typeof ZPositionsQuery>;

export const ZAsOfQuery = z.object({ asOf: ZIsoDate.optional() });

const ZSuccessors = z.object({ readyNow: z.number().int(), readyIn1to2Years: z.number().int(), readyIn3PlusYears: z.number().int() });

export const ZGapRow = z.object({
  positionId: z.string(),
  title: z.string(),
  orgUnitPath: z.string(),
  level: z.string(),
  critical: z.boolean(),
  impactOfLoss: z.enum(["low", "medium", "high"]),
  incumbentEmployeeId: z.string().nullable(),
  retirementDate: z.string().nullable().optional().describe("HR, admin and managers only"),
  retirementSource: z.enum(["planned", "eligibility", "age_rule"]).nullable().optional().describe("HR, admin and managers only"),
  vacancyRisk: z.enum(["low", "medium", "high"]),
  successors: ZSuccessors,
  benchStrength: z.enum(["none", "weak", "moderate", "strong"]),
  flags: z.array(z.enum(GAP_FLAGS)),
  risk: z.number().int().min(0).max(100),
});

export const ZPositionsPage = z.object({
  asOf: z.string(),
  rows: z.array(ZGapRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

export const ZApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

// GET /api/v1/trend (SPEC §8): one point a month for 24 months, each review
// cycle in that window, and the as-of date, oldest first.
const ZBench = z.object({
  criticalPositions: z.number().int(),
  coveredPositions: z.number().int(),
  coveredPct: z.number().nullable(),
  effectiveCoveredPositions: z.number().int(),
  effectiveCoveredPct: z.number().nullable(),
});
export const ZTrend = z.object({
  asOf: z.string(),
  points: z.array(
    z.object({
      date: z.string(),
      label: z.string().describe("the month, a review cycle's name, or \"As of\""),
      bench: ZBench,
      flags: z.record(z.enum(GAP_FLAGS), z.number().int()).describe("seats carrying each flag that day, among those you may read"),
    }),
  ),
});
