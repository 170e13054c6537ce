"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn } from "@/lib/server/auth/auth";
import { throttleStatus } from "@/lib/server/auth/sign-in-throttle";
import { clientAddress, describeWait } from "@/lib/server/auth/throttle-policy";
import { getDb } from "@/lib/server/infra/db";

export interface LoginState {
  error: string | null;
}

export async function signInWithPassword(_previous: LoginState, form: FormData): Promise<LoginState> {
  try {
    await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: "/",
    });
    return { error: null };
  } catch (error) {
    // signIn redirects by throwing; only authentication failures are ours to show.
    if (error instanceof AuthError) {
      const email = String(form.get("email") ?? "");
      const status = await throttleStatus({ db: getDb(), email, address: clientAddress(await headers()) });
      if (status.locked) {
        return {
          error: `Too many failed sign-ins for this account or from this network. Try again in ${describeWait(status.retryAfterMs)}, or ask an administrator to unlock it.`,
        };
      }
      return { error: "That email and password do not match an active Baton account." };
    }
    throw error;
  }
}

export async function signInWithOidc(): Promise<void> {
  await signIn("oidc", { redirectTo: "/" });
}
