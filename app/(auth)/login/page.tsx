import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/shell/LoginForm";
import { oidcEnabled, oidcName } from "@/lib/server/auth/auth";
import { getCurrentUser } from "@/lib/server/auth/session";
import { signInWithOidc } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends a refused or failed single sign-on back here with ?error=.
const SIGN_IN_ERRORS: Record<string, string> = {
  AccessDenied: "Your identity provider knows you, but no active Baton account has that email. Ask HR or an administrator to add you.",
  Configuration: "Single sign-on is not working right now: Baton could not complete it with the identity provider. Try again, or tell an administrator.",
};
const OTHER_ERROR = "Sign-in did not complete. Try again.";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/");
  const { error } = await searchParams;
  const message = typeof error === "string" ? (SIGN_IN_ERRORS[error] ?? OTHER_ERROR) : null;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-900 to-brand-700 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-xl">
        <h1 className="text-2xl font-bold text-brand-900">Baton</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">Succession planning: ready to manage, ready to lead.</p>
        {message ? (
          <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {message}
          </p>
        ) : null}
        <LoginForm />
        {oidcEnabled() ? (
          <form action={signInWithOidc} className="mt-4">
            <button type="submit" className="w-full rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50">
              Sign in with {oidcName()}
            </button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
