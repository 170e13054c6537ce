"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import type { z } from "zod";
import type { AccountFormState } from "@/components/users/form-state";
import { ZAddUser, ZNewToken, ZPasswordReset, ZTokenRef, ZUserAccess, ZUserActive, ZUserRef } from "@/lib/schemas/users";
import type { Viewer } from "@/lib/server/access/viewer";
import { runAction } from "@/lib/server/http/action";
import { createUserToken, revokeUserToken } from "@/lib/server/operations/api-tokens";
import type { Result } from "@/lib/server/operations/result";
import { addUser, changeUserAccess, resetUserPassword, setUserActive, signOutEverywhere, unlockUserSignIn } from "@/lib/server/operations/users";

// The user administration page's forms. Each runs one operation, which
// authorizes (admins only) and audits; this file only turns its Result into
// the form's state. Passwords are never sent back: `values` drops them.

const sessionsEnded = (n: number) => (n === 0 ? "" : n === 1 ? " One session was ended." : ` ${n} sessions were ended.`);

async function act<S extends z.ZodType, T>(
  previous: AccountFormState,
  formData: FormData,
  input: S,
  operation: (viewer: Viewer, input: z.output<S>) => Promise<Result<T>>,
  done: (value: T) => { message: string; secret?: string | null },
): Promise<AccountFormState> {
  const { values, result } = await runAction({ formData, input }, operation);
  delete values.password;
  if (!result.ok && result.code === "not_found") notFound();
  if (!result.ok) return { ...previous, status: "refused", message: result.message, fieldErrors: result.fieldErrors ?? {}, values, secret: null };
  revalidatePath("/admin/users", "layout");
  const { message, secret = null } = done(result.value);
  return { version: previous.version + 1, status: "saved", message, fieldErrors: {}, values: {}, secret };
}

export async function addUserAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZAddUser, addUser, ({ user, generatedPassword }) => ({
    message: generatedPassword ? `Added ${user.email}. Give them this password; it is shown only now:` : `Added ${user.email} with the password you chose.`,
    secret: generatedPassword,
  }));
}

export async function changeAccessAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZUserAccess, changeUserAccess, ({ sessionsEnded: n }) => ({ message: `Saved.${sessionsEnded(n)}` }));
}

export async function setActiveAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZUserActive, setUserActive, ({ user, sessionsEnded: n }) => ({
    message: `${user.active ? "Reactivated" : "Deactivated"} ${user.email}.${sessionsEnded(n)}`,
  }));
}

export async function resetPasswordAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZPasswordReset, resetUserPassword, ({ generatedPassword, sessionsEnded: n }) => ({
    message: generatedPassword ? `New password set.${sessionsEnded(n)} Give them this password; it is shown only now:` : `New password set.${sessionsEnded(n)}`,
    secret: generatedPassword,
  }));
}

export async function signOutEverywhereAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZUserRef, signOutEverywhere, ({ sessionsEnded: n }) => ({ message: n === 0 ? "No session was open." : `Signed out everywhere.${sessionsEnded(n)}` }));
}

export async function unlockSignInAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZUserRef, unlockUserSignIn, ({ unlocked }) => ({ message: unlocked ? "Failed sign-ins forgotten: they can sign in again." : "There were no failed sign-ins to forget." }));
}

export async function createTokenAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZNewToken, createUserToken, ({ token }) => ({
    message: "Token created. Copy it now: Baton keeps only its hash and cannot show it again.",
    secret: token,
  }));
}

export async function revokeTokenAction(previous: AccountFormState, formData: FormData) {
  return act(previous, formData, ZTokenRef, revokeUserToken, (row) => ({ message: `Revoked "${row.name}".` }));
}
