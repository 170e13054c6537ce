import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/shell/LoginForm";
import { oidcEnabled, oidcName } from "@/lib/server/auth/auth";
import { getCurrentUser } from "@/lib/server/auth/session";
import { signInWithOidc } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-900 to-brand-700 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-xl">
        <h1 className="text-2xl font-bold text-brand-900">Baton</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">Succession planning: ready to manage, ready to lead.</p>
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
