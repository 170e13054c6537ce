import "server-only";
import { endsSessions, removesLastAdmin } from "@/lib/domain/accounts";
import type { Role } from "@/lib/schemas/auth";
import type { AddUser, UserAccess } from "@/lib/schemas/users";
import { canManageUsers } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { passwordProblem } from "@/lib/server/auth/password-policy";
import { generatePassword, hashPassword } from "@/lib/server/auth/passwords";
import { endAllSessions } from "@/lib/server/auth/sessions";
import { unlockSignIn } from "@/lib/server/auth/sign-in-throttle";
import { accountKey } from "@/lib/server/auth/throttle-policy";
import { recordAudit } from "@/lib/server/infra/audit";
import type { Db, Tx } from "@/lib/server/infra/db";
import { ok, refuse, type Refusal, type Result } from "./result";

// User administration (/admin/users; the CLI's `user` commands do the same
// from a shell). Admins only: anyone else is told "not found", as for a page
// they cannot open. Every change is audited in its own transaction, and a
// change to what a user may see or prove ends their sessions in that same
// transaction (docs/security.md).

const NOT_FOUND = refuse("not_found", "not found");
const account = { id: true, email: true, name: true, role: true, personId: true, active: true } as const;
type Account = { id: number; email: string; name: string | null; role: string; personId: string | null; active: boolean };

export interface SavedAccount {
  user: Account;
  // A password Baton generated, to show once; null when the admin chose one.
  generatedPassword: string | null;
  sessionsEnded: number;
}

const LAST_ADMIN = "Baton needs at least one active administrator: make someone else an administrator first.";

async function otherActiveAdmins(tx: Tx, userId: number) {
  return tx.user.count({ where: { role: "admin", active: true, id: { not: userId } } });
}

// A manager's scope is their person's reporting subtree, so the link is required for them.
async function linkProblem(tx: Db | Tx, role: Role, personId: string | undefined): Promise<Refusal | null> {
  if (!personId) {
    return role === "manager" ? refuse("bad_request", "A manager needs a linked person.", { personId: "A manager sees that person's reporting line: give their employee id" }) : null;
  }
  const person = await tx.person.findUnique({ where: { employeeId: personId }, select: { employeeId: true } });
  return person ? null : refuse("bad_request", "No person has that employee id.", { personId: `No person with employee id ${personId}` });
}

// The admin's choice, or a generated one; a chosen password obeys the policy.
async function newPassword(password: string | undefined, email: string): Promise<Result<{ hash: string; generated: string | null }>> {
  const problem = password === undefined ? null : passwordProblem(password, email);
  if (problem) return refuse("bad_request", "Choose another password.", { password: problem[0]!.toUpperCase() + problem.slice(1) });
  const generated = password === undefined ? generatePassword() : null;
  return ok({ hash: await hashPassword(password ?? generated!), generated });
}

// Every problem of the form at once (email taken, person, password), so the
// admin fixes them in one go.
export async function addUser(viewer: Viewer, input: AddUser): Promise<Result<SavedAccount>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  const { db } = viewer;
  const [taken, link, password] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    linkProblem(db, input.role, input.personId),
    newPassword(input.password, input.email),
  ]);
  const problems = [taken ? refuse("conflict", "That email has an account already.", { email: "An account with this email exists: change it from its own page" }) : null, link, password.ok ? null : password];
  const refusals = problems.filter((p): p is Refusal => p !== null);
  if (refusals.length > 0) {
    const message = refusals.length === 1 ? refusals[0]!.message : "Some answers need another look.";
    return refuse(refusals[0]!.code, message, Object.assign({}, ...refusals.map((r) => r.fieldErrors)));
  }
  if (!password.ok) return password;
  return db.$transaction(async (tx): Promise<Result<SavedAccount>> => {
    const person = input.personId ? await tx.person.findUnique({ where: { employeeId: input.personId }, select: { name: true } }) : null;
    const user = await tx.user.create({
      data: { email: input.email, name: input.name ?? person?.name ?? null, role: input.role, personId: input.personId ?? null, passwordHash: password.value.hash },
      select: account,
    });
    await recordAudit(tx, { user: viewer.user, action: "create", entity: "user", entityId: user.id, before: null, after: user });
    return ok({ user, generatedPassword: password.value.generated, sessionsEnded: 0 });
  });
}

// Role and person link together: the link is what a manager's role means.
export async function changeUserAccess(viewer: Viewer, input: UserAccess): Promise<Result<SavedAccount>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  return viewer.db.$transaction(async (tx): Promise<Result<SavedAccount>> => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: account });
    if (!before) return NOT_FOUND;
    const after = { ...before, role: input.role, personId: input.personId ?? null };
    if (removesLastAdmin(before, after, await otherActiveAdmins(tx, before.id))) return refuse("conflict", LAST_ADMIN, { role: LAST_ADMIN });
    const link = await linkProblem(tx, input.role, input.personId);
    if (link) return link;
    if (!endsSessions(before, after)) return ok({ user: before, generatedPassword: null, sessionsEnded: 0 });
    const user = await tx.user.update({ where: { id: before.id }, data: { role: after.role, personId: after.personId }, select: account });
    const sessionsEnded = await endAllSessions({ db: tx, userId: user.id });
    await recordAudit(tx, { user: viewer.user, action: "update", entity: "user", entityId: user.id, before, after: user });
    return ok({ user, generatedPassword: null, sessionsEnded });
  });
}

// A deactivated user cannot sign in, and their API tokens stop answering
// (findUserByApiToken asks for an active user). Their history stays.
export async function setUserActive(viewer: Viewer, input: { userId: number; active: boolean }): Promise<Result<SavedAccount>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  return viewer.db.$transaction(async (tx): Promise<Result<SavedAccount>> => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: account });
    if (!before) return NOT_FOUND;
    if (before.active === input.active) return ok({ user: before, generatedPassword: null, sessionsEnded: 0 });
    if (removesLastAdmin(before, { ...before, active: input.active }, await otherActiveAdmins(tx, before.id))) return refuse("conflict", LAST_ADMIN);
    const user = await tx.user.update({ where: { id: before.id }, data: { active: input.active }, select: account });
    const sessionsEnded = await endAllSessions({ db: tx, userId: user.id });
    await recordAudit(tx, { user: viewer.user, action: input.active ? "reactivate" : "deactivate", entity: "user", entityId: user.id, before, after: user });
    return ok({ user, generatedPassword: null, sessionsEnded });
  });
}

// A new password, chosen or generated, ends every session and forgets the
// account's failed sign-ins: the person starts afresh with it.
export async function resetUserPassword(viewer: Viewer, input: { userId: number; password?: string }): Promise<Result<SavedAccount>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  const target = await viewer.db.user.findUnique({ where: { id: input.userId }, select: account });
  if (!target) return NOT_FOUND;
  const password = await newPassword(input.password, target.email);
  if (!password.ok) return password;
  const saved = await viewer.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { passwordHash: password.value.hash } });
    const sessionsEnded = await endAllSessions({ db: tx, userId: target.id });
    // Never the password or its hash: only that it changed, and how.
    await recordAudit(tx, {
      user: viewer.user,
      action: "reset_password",
      entity: "user",
      entityId: target.id,
      before: null,
      after: { password: password.value.generated ? "generated" : "chosen by an administrator", sessionsEnded },
    });
    return sessionsEnded;
  });
  await unlockSignIn({ db: viewer.db, key: accountKey(target.email) });
  return ok({ user: target, generatedPassword: password.value.generated, sessionsEnded: saved });
}

export async function signOutEverywhere(viewer: Viewer, input: { userId: number }): Promise<Result<SavedAccount>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  return viewer.db.$transaction(async (tx): Promise<Result<SavedAccount>> => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: account });
    if (!user) return NOT_FOUND;
    const sessionsEnded = await endAllSessions({ db: tx, userId: user.id });
    await recordAudit(tx, { user: viewer.user, action: "sign_out_everywhere", entity: "user", entityId: user.id, before: null, after: { sessionsEnded } });
    return ok({ user, generatedPassword: null, sessionsEnded });
  });
}

// Forgets the account's failed sign-ins, as a right password would (the CLI's
// `user unlock`). A locked client address is unlocked from the CLI only.
export async function unlockUserSignIn(viewer: Viewer, input: { userId: number }): Promise<Result<{ user: Account; unlocked: boolean }>> {
  if (!canManageUsers(viewer)) return NOT_FOUND;
  const user = await viewer.db.user.findUnique({ where: { id: input.userId }, select: account });
  if (!user) return NOT_FOUND;
  const unlocked = await viewer.db.$transaction(async (tx) => {
    const removed = await tx.signInThrottle.deleteMany({ where: { key: accountKey(user.email) } });
    if (removed.count > 0) await recordAudit(tx, { user: viewer.user, action: "unlock", entity: "user", entityId: user.id, before: null, after: { failedSignInsForgotten: true } });
    return removed.count > 0;
  });
  return ok({ user, unlocked });
}
