"use client";

import { useActionState } from "react";
import { FormOutcome, INPUT, LabelledField, PRIMARY } from "./controls";
import { initialAccountState, type AccountFormAction } from "./form-state";
import { RoleFields } from "./RoleFields";

export function AddUserForm({ action, minPasswordLength }: { action: AccountFormAction; minPasswordLength: number }) {
  const [state, dispatch, pending] = useActionState(action, initialAccountState);
  const { values, fieldErrors: errors } = state;
  return (
    <section aria-labelledby="add-user" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="add-user" className="text-base font-semibold text-slate-900">
        Add a user
      </h2>
      <form key={state.version} action={dispatch} noValidate className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-5 xl:items-start">
        <LabelledField id="add-email" label="Work email" error={errors.email}>
          {(d) => <input id="add-email" name="email" type="email" autoComplete="off" defaultValue={values.email ?? ""} aria-describedby={d} aria-invalid={errors.email ? true : undefined} className={INPUT} />}
        </LabelledField>
        <LabelledField id="add-name" label="Name" help="Optional; a linked person's name otherwise." error={errors.name}>
          {(d) => <input id="add-name" name="name" autoComplete="off" defaultValue={values.name ?? ""} aria-describedby={d} className={INPUT} />}
        </LabelledField>
        <RoleFields idPrefix="add" role={values.role ?? "manager"} personId={values.personId ?? ""} errors={errors} />
        <LabelledField id="add-password" label="Password" help={`Empty: Baton makes one up and shows it once. Else ${minPasswordLength}+ characters, not the email, not a common password.`} error={errors.password}>
          {(d) => <input id="add-password" name="password" type="password" autoComplete="new-password" aria-describedby={d} aria-invalid={errors.password ? true : undefined} className={INPUT} />}
        </LabelledField>
        <div className="flex flex-wrap items-start gap-4 md:col-span-2 xl:col-span-5">
          <button type="submit" disabled={pending} className={PRIMARY}>
            Add user
          </button>
          <FormOutcome state={state} pending={pending} testId="add-user-outcome" />
        </div>
      </form>
    </section>
  );
}
