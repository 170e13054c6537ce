import { z } from "zod";
import { ZPageSize } from "./api";
import { ZRole } from "./auth";

// The user administration page's forms and URL state (/admin/users). Every
// form field arrives as text; an empty box means "not given".
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number, message: string) => z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional());

export const USER_SORT_KEYS = ["email", "name", "role", "lastSignInAt", "sessions"] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];
export const USER_SORTS = USER_SORT_KEYS.flatMap((k) => [k, `-${k}`] as const);

export const ZUserListQuery = z.object({
  sort: z.enum(USER_SORTS as [string, ...string[]]).catch("email").default("email"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
  pageSize: ZPageSize.catch(50),
});
export type UserListQuery = z.infer<typeof ZUserListQuery>;

export const ZUserId = z.coerce.number().int().positive("No such user");

const ZPersonLink = z.preprocess(blankToUndefined, z.string().trim().max(64, "At most 64 characters").optional());

export const ZAddUser = z.object({
  email: z.email("Enter an email address").max(200).transform((e) => e.toLowerCase()),
  name: optionalText(120, "At most 120 characters"),
  role: ZRole,
  personId: ZPersonLink,
  // Empty: Baton generates one and shows it once.
  password: z.preprocess(blankToUndefined, z.string().optional()),
});
export type AddUser = z.infer<typeof ZAddUser>;

export const ZUserAccess = z.object({ userId: ZUserId, role: ZRole, personId: ZPersonLink });
export type UserAccess = z.infer<typeof ZUserAccess>;

export const ZUserActive = z.object({ userId: ZUserId, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const ZPasswordReset = z.object({ userId: ZUserId, password: z.preprocess(blankToUndefined, z.string().optional()) });

export const ZUserRef = z.object({ userId: ZUserId });

// "never" is a choice someone makes on purpose, never a default.
export const TOKEN_EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;
export const ZNewToken = z.object({
  userId: ZUserId,
  name: z.string().trim().min(1, "Give the token a name").max(80, "At most 80 characters"),
  expires: z.enum(TOKEN_EXPIRY_CHOICES, "Choose when the token expires").transform((v) => (v === "never" ? null : Number(v))),
});

export const ZTokenRef = z.object({ userId: ZUserId, tokenId: z.coerce.number().int().positive("No such token") });
