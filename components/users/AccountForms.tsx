"use client";

import { useActionState } from "react";
import type { UserAccountDetail, UserAccountRow } from "@/lib/server/views/users";
import { DANGER, FormOutcome, INPUT, LabelledField, PRIMARY, SECONDARY } from "./controls";
import { initialAccountState, type AccountFormAction } from "./form-state";
import { DateTimeText } from "@/components/ui/Dates";
import { RoleFields } from "./RoleFields";

// The changes an admin makes to one account, each its own form and its own
// audited operation. Role, activation and password changes end the user's
// sessions; the outcome says how many.

const CARD = "rounded-lg border border-slate-200 bg-white p-5";

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={CARD}>
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function AccessForm({ account, lastAdmin, action }: { account: UserAccountRow; lastAdmin: boolean; action: AccountFormAction }) {
  const [state, dispatch, pending] = useActionState(action, initialAccountState);
  const role = state.values.role ?? account.role;
  const personId = state.values.personId ?? account.personId ?? "";
  return (
    <Card id="access" title="Role and linked person">
      <form key={`${state.version}-${account.role}-${account.personId}`} action={dispatch} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="userId" value={account.id} />
        <RoleFields idPrefix="access" role={role} personId={personId} errors={state.fieldErrors} />
        <div className="flex flex-wrap items-start gap-4 sm:col-span-2">
          <button type="submit" disabled={pending} className={PRIMARY}>
            Save role
          </button>
          <FormOutcome state={state} pending={pending} testId="access-outcome" />
        </div>
      </form>
      <p className="mt-3 text-xs text-slate-600">
        {lastAdmin ? "The only active administrator keeps that role: make someone else an administrator first. " : ""}A change signs this user out everywhere.
      </p>
    </Card>
  );
}

export function ActiveForm({ account, lastAdmin, action }: { account: UserAccountRow; lastAdmin: boolean; action: AccountFormAction }) {
  const [state, dispatch, pending] = useActionState(action, initialAccountState);
  return (
    <Card id="status" title="Access">
      <p className="mt-1 text-sm text-slate-700">
        {account.active
          ? "Deactivating stops sign-in and every API token of this account at once; its history stays."
          : "This account is deactivated: it cannot sign in and its API tokens are refused."}
      </p>
      <form action={dispatch} className="mt-3 flex flex-wrap items-start gap-4">
        <input type="hidden" name="userId" value={account.id} />
        <input type="hidden" name="active" value={account.active ? "false" : "true"} />
        <button type="submit" disabled={pending || (account.active && lastAdmin)} className={account.active ? DANGER : PRIMARY}>
          {account.active ? "Deactivate" : "Reactivate"}
        </button>
        <FormOutcome state={state} pending={pending} testId="active-outcome" />
      </form>
      {account.active && lastAdmin ? <p className="mt-2 text-xs text-slate-600">The only active administrator cannot be deactivated.</p> : null}
    </Card>
  );
}

export function PasswordForm({ account, minPasswordLength, action }: { account: UserAccountRow; minPasswordLength: number; action: AccountFormAction }) {
  const [state, dispatch, pending] = useActionState(action, initialAccountState);
  return (
    <Card id="password" title="Reset password">
      <form key={state.version} action={dispatch} noValidate className="mt-3 grid gap-3">
        <input type="hidden" name="userId" value={account.id} />
        <LabelledField
          id="reset-password"
          label="New password"
          help={`Empty: Baton makes one up and shows it once. Else ${minPasswordLength}+ characters, not the email, not a common password. Signs the user out everywhere.`}
          error={state.fieldErrors.password}
        >
          {(d) => <input id="reset-password" name="password" type="password" autoComplete="new-password" aria-describedby={d} aria-invalid={state.fieldErrors.password ? true : undefined} className={`${INPUT} max-w-sm`} />}
        </LabelledField>
        <div className="flex flex-wrap items-start gap-4">
          <button type="submit" disabled={pending} className={SECONDARY}>
            Set new password
          </button>
          <FormOutcome state={state} pending={pending} testId="password-outcome" />
        </div>
      </form>
    </Card>
  );
}

type Throttle = UserAccountDetail["signInThrottle"];

// Its own state lives in the card: once unlocked, the form goes away but its
// outcome stays on screen.
function UnlockForm({ account, throttle, dispatch, pending }: { account: UserAccountRow; throttle: NonNullable<Throttle>; dispatch: (formData: FormData) => void; pending: boolean }) {
  const attempts = throttle.failures === 1 ? "1 failed sign-in" : `${throttle.failures} failed sign-ins`;
  return (
    <form action={dispatch} className="mt-3 flex flex-wrap items-start gap-4">
      <input type="hidden" name="userId" value={account.id} />
      <p className="w-full text-sm text-slate-700">
        {throttle.lockedUntil ? (
          <>
            Sign-in is locked until <DateTimeText value={throttle.lockedUntil} /> after {attempts}.
          </>
        ) : (
          `${attempts} recently.`
        )}
      </p>
      <button type="submit" disabled={pending} className={SECONDARY}>
        Unlock sign-in
      </button>
    </form>
  );
}

export function SignOutForm({ account, throttle, action, unlockAction }: { account: UserAccountRow; throttle: Throttle; action: AccountFormAction; unlockAction: AccountFormAction }) {
  const [state, dispatch, pending] = useActionState(action, initialAccountState);
  const [unlock, dispatchUnlock, unlocking] = useActionState(unlockAction, initialAccountState);
  const open = account.liveSessions;
  return (
    <Card id="sessions" title="Sessions and sign-in">
      <p className="mt-1 text-sm text-slate-700">
        {open === 0 ? "No browser is signed in as this user." : open === 1 ? "One browser is signed in as this user." : `${open} browsers are signed in as this user.`}
      </p>
      <form action={dispatch} className="mt-3 flex flex-wrap items-start gap-4">
        <input type="hidden" name="userId" value={account.id} />
        <button type="submit" disabled={pending} className={SECONDARY}>
          Sign out everywhere
        </button>
        <FormOutcome state={state} pending={pending} testId="sessions-outcome" />
      </form>
      {throttle || unlock.status !== "idle" ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          {throttle ? <UnlockForm account={account} throttle={throttle} dispatch={dispatchUnlock} pending={unlocking} /> : null}
          <div className="mt-2">
            <FormOutcome state={unlock} pending={unlocking} testId="unlock-outcome" />
          </div>
        </div>
      ) : null}
    </Card>
  );
}
