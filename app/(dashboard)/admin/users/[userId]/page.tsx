import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessForm, ActiveForm, PasswordForm, SignOutForm } from "@/components/users/AccountForms";
import { TokenPanel } from "@/components/users/TokenPanel";
import { DateTimeText } from "@/components/ui/Dates";
import { ROLE_LABELS } from "@/lib/navigation";
import { ZUserId } from "@/lib/schemas/users";
import { getViewer } from "@/lib/server/access/request-viewer";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/password-policy";
import { findUserAccount } from "@/lib/server/views/users";
import { changeAccessAction, createTokenAction, resetPasswordAction, revokeTokenAction, setActiveAction, signOutEverywhereAction, unlockSignInAction } from "../actions";
import { profileHref } from "@/lib/links";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const userId = ZUserId.safeParse((await params).userId);
  const detail = userId.success ? await findUserAccount(await getViewer(), userId.data) : null;
  // Not an admin, or no such account: the same answer as a page that does not exist.
  if (!detail) notFound();
  const { account, tokens, lastAdmin, signInThrottle } = detail;
  return (
    <div className="max-w-5xl [contain:inline-size]">
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        ← All users
      </Link>
      <h1 className="mt-2 text-2xl font-bold break-all text-slate-900">{account.email}</h1>
      <p className="mt-1 text-slate-600">
        {[account.name, ROLE_LABELS[account.role], account.active ? "active" : "deactivated"].filter(Boolean).join(" · ")}
        {" · last sign-in "}
        <DateTimeText value={account.lastSignInAt} missing="never" />
        {account.personId ? (
          <>
            {" · linked to "}
            <Link href={profileHref(account.personId)} className="text-brand-700 underline">
              {account.personName ?? account.personId}
            </Link>{" "}
            <span className="font-mono text-sm">({account.personId})</span>
          </>
        ) : null}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <AccessForm account={account} lastAdmin={lastAdmin} action={changeAccessAction} />
        <PasswordForm account={account} minPasswordLength={MIN_PASSWORD_LENGTH} action={resetPasswordAction} />
        <ActiveForm account={account} lastAdmin={lastAdmin} action={setActiveAction} />
        <SignOutForm account={account} throttle={signInThrottle} action={signOutEverywhereAction} unlockAction={unlockSignInAction} />
      </div>
      <div className="mt-6">
        <TokenPanel userId={account.id} active={account.active} tokens={tokens} createAction={createTokenAction} revokeAction={revokeTokenAction} />
      </div>
    </div>
  );
}
