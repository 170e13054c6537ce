"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/auth/auth";

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
      return { error: "That email and password do not match an active Baton account." };
    }
    throw error;
  }
}

export async function signInWithOidc(): Promise<void> {
  await signIn("oidc", { redirectTo: "/" });
}
