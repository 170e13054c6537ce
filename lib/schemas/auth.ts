import { z } from "zod";

export const ROLES = ["admin", "hr", "manager", "executive"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const ZCredentials = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

export const ZNewUser = z
  .object({
    email: z.email().transform((e) => e.toLowerCase()),
    role: ZRole,
    employeeId: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    password: z.string().min(8, "passwords need at least 8 characters").optional(),
  })
  .refine((u) => u.role !== "manager" || u.employeeId, {
    message: "a manager needs --employee-id: their scope is that person's reporting subtree",
    path: ["employeeId"],
  });
export type NewUser = z.input<typeof ZNewUser>;
