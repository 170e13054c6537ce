import { z } from "zod";
import { ZPageSize } from "./api";

export const READINESS = ["ready_now", "1_2_years", "3_plus_years"] as const;
export const NOMINATION_STATUSES = ["proposed", "approved", "declined", "withdrawn", "succeeded"] as const;

export const ZReadiness = z.enum(READINESS);
export const ZNominationStatus = z.enum(NOMINATION_STATUSES);

// Unknown keys (a "role", a "status", a "nominatedById") are refused with a
// 400, not silently dropped: who nominates, and with what authority, comes
// from the signed-in user, and a client that thinks otherwise should hear so.
export const ZNewNomination = z.strictObject({
  positionId: z.string().trim().min(1).max(100),
  candidateId: z.string().trim().min(1).max(100).describe("employee id of the candidate"),
  readiness: ZReadiness,
  emergency: z.boolean().default(false).describe("named as the emergency (interim) successor"),
  rationale: z.string().trim().max(2000).optional(),
});
export type NewNomination = z.input<typeof ZNewNomination>;

export const NOMINATION_ACTIONS = ["approve", "decline", "withdraw"] as const;

export const ZNominationPatch = z
  .strictObject({
    action: z.enum(NOMINATION_ACTIONS),
    reason: z.string().trim().max(2000).optional(),
    version: z.number().int().positive().describe("the version you read; a stale one answers 409"),
  })
  .refine((p) => p.action !== "decline" || (p.reason ?? "") !== "", {
    message: "a decline needs a reason the nominator can read",
    path: ["reason"],
  });
export type NominationPatch = z.infer<typeof ZNominationPatch>;

export const ZNominationsQuery = z.object({
  positionId: z.string().min(1).optional(),
  status: ZNominationStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: ZPageSize,
});

export const ZNomination = z.object({
  id: z.number().int(),
  positionId: z.string(),
  positionTitle: z.string().nullable(),
  candidateId: z.string(),
  candidateName: z.string().nullable().describe("null when the candidate is outside your scope"),
  nominatedById: z.string().nullable(),
  readiness: ZReadiness,
  emergency: z.boolean(),
  rationale: z.string().nullable().describe("read by HR and the nominator; null for everyone else"),
  status: ZNominationStatus,
  decisionReason: z.string().nullable().describe("read by HR and the nominator; null for everyone else"),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ZNominationList = z.object({ rows: z.array(ZNomination), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// The audit page's filters (HR and admins).
export const ZAuditQuery = z.object({
  entity: z.string().trim().max(50).optional().transform((v) => v || undefined),
  actor: z.string().trim().max(200).optional().transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).default(1),
});
