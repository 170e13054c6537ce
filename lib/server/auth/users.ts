import "server-only";
import { ZNewUser, type NewUser, type Role } from "@/lib/schemas/auth";
import type { Db } from "@/lib/server/infra/db";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";

export interface AppUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  personId: string | null;
}

const userFields = { id: true, email: true, name: true, role: true, personId: true, active: true } as const;

function toAppUser(row: { id: number; email: string; name: string | null; role: string; personId: string | null }): AppUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, personId: row.personId };
}

// Creates a user, or updates role/link/password of an existing one. Returns
// the password when one was generated, so the caller can show it once.
export async function createUser(options: { db: Db; user: NewUser; actorLabel: string }) {
  const input = ZNewUser.parse(options.user);
  const { db } = options;
  if (input.employeeId) {
    const person = await db.person.findUnique({ where: { employeeId: input.employeeId }, select: { name: true } });
    if (!person) throw new Error(`no person with employee id "${input.employeeId}"`);
    input.name ??= person.name;
  }
  const generated = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generated!);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email: input.email }, select: userFields });
    const data = { name: input.name ?? null, role: input.role, personId: input.employeeId ?? null, passwordHash, active: true };
    const user = before
      ? await tx.user.update({ where: { email: input.email }, data, select: userFields })
      : await tx.user.create({ data: { email: input.email, ...data }, select: userFields });
    await tx.auditEvent.create({
      data: {
        actorLabel: options.actorLabel,
        action: before ? "update" : "create",
        entity: "user",
        entityId: String(user.id),
        before: before ? JSON.stringify(before) : null,
        after: JSON.stringify(user),
      },
    });
    return { user: toAppUser(user), generatedPassword: generated };
  });
}

// The same answer and roughly the same time for "no such user" and "wrong
// password", so sign-in does not reveal which emails exist.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA";

export async function findUserByCredentials(options: { db: Db; email: string; password: string }): Promise<AppUser | null> {
  const row = await options.db.user.findUnique({
    where: { email: options.email.toLowerCase() },
    select: { ...userFields, passwordHash: true },
  });
  const ok = await verifyPassword(options.password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !row.active || !row.passwordHash || !ok) return null;
  return toAppUser(row);
}

export async function findActiveUser(options: { db: Db; id?: number; email?: string }): Promise<AppUser | null> {
  if (options.id === undefined && options.email === undefined) return null;
  const row = await options.db.user.findFirst({
    where: { active: true, ...(options.id !== undefined ? { id: options.id } : { email: options.email!.toLowerCase() }) },
    select: userFields,
  });
  return row ? toAppUser(row) : null;
}
