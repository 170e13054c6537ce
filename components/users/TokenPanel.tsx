"use client";

import { useActionState } from "react";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { TOKEN_STATUS_LABELS, TOKEN_STATUS_TONES } from "@/lib/labels";
import { TOKEN_EXPIRY_CHOICES } from "@/lib/schemas/users";
import type { UserTokenRow } from "@/lib/server/views/users";
import { FormOutcome, INPUT, LabelledField, PRIMARY, SECONDARY } from "./controls";
import { initialAccountState, type AccountFormAction } from "./form-state";
import { DateTimeText } from "@/components/ui/Dates";

const EXPIRY_LABELS: Record<(typeof TOKEN_EXPIRY_CHOICES)[number], string> = { "30": "In 30 days", "90": "In 90 days", "365": "In a year", never: "Never (not recommended)" };

function RevokeForm({ userId, token, action }: { userId: number; token: UserTokenRow; action: AccountFormAction }) {
  const [state, dispatch, pending] = useActionState(action, initialAccountState);
  return (
    <form action={dispatch} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" disabled={pending} aria-label={`Revoke token ${token.name}`} className={`${SECONDARY} px-2 py-1`}>
        Revoke
      </button>
      {state.status === "refused" ? <span role="status" className="text-sm text-red-700">{state.message}</span> : null}
    </form>
  );
}

export function TokenPanel({ userId, active, tokens, createAction, revokeAction }: {
  userId: number;
  active: boolean;
  tokens: UserTokenRow[];
  createAction: AccountFormAction;
  revokeAction: AccountFormAction;
}) {
  const [state, dispatch, pending] = useActionState(createAction, initialAccountState);
  return (
    <section aria-labelledby="tokens" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="tokens" className="text-base font-semibold text-slate-900">
        API tokens
      </h2>
      <p className="mt-1 text-sm text-slate-700">A token acts as this user on the API (Authorization: Bearer …). Revoking it takes effect on its next request.</p>
      {tokens.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">This user has no API tokens.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">API tokens of this user, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {["Name", "Created", "Last used", "Expires", "Status", ""].map((h, i) => (
                  <th key={i} scope="col" className="py-2 pr-3 font-medium">
                    {h || <span className="sr-only">Actions</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((t) => {
                const { status } = t;
                return (
                  <tr key={t.id} data-testid={`token-${t.id}`}>
                    <th scope="row" className="py-2 pr-3 font-medium text-slate-900">{t.name}</th>
                    <td className="py-2 pr-3 whitespace-nowrap tabular-nums"><DateTimeText value={t.createdAt} /></td>
                    <td className="py-2 pr-3 whitespace-nowrap tabular-nums"><DateTimeText value={t.lastUsedAt} missing="Never" /></td>
                    <td className="py-2 pr-3 whitespace-nowrap tabular-nums"><DateTimeText value={t.expiresAt} missing="Never" /></td>
                    <td className="py-2 pr-3">
                      <ToneBadge tone={TOKEN_STATUS_TONES[status]}>{TOKEN_STATUS_LABELS[status]}</ToneBadge>
                    </td>
                    <td className="py-2">{t.revokedAt ? null : <RevokeForm userId={userId} token={t} action={revokeAction} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {active ? (
        <form key={state.version} action={dispatch} noValidate className="mt-4 border-t border-slate-100 pt-4">
          <input type="hidden" name="userId" value={userId} />
          <div className="flex flex-wrap items-start gap-4">
            <div className="w-72">
              <LabelledField id="token-name" label="New token's name" error={state.fieldErrors.name}>
                {(d) => <input id="token-name" name="name" defaultValue={state.values.name ?? ""} placeholder="e.g. nightly HRIS sync" aria-describedby={d} aria-invalid={state.fieldErrors.name ? true : undefined} className={INPUT} />}
              </LabelledField>
            </div>
            <div className="w-56">
              <LabelledField id="token-expires" label="Expires" error={state.fieldErrors.expires}>
                {(d) => (
                  <select id="token-expires" name="expires" defaultValue={state.values.expires ?? "90"} aria-describedby={d} className={INPUT}>
                    {TOKEN_EXPIRY_CHOICES.map((c) => (
                      <option key={c} value={c}>
                        {EXPIRY_LABELS[c]}
                      </option>
                    ))}
                  </select>
                )}
              </LabelledField>
            </div>
            <button type="submit" disabled={pending} className={`${PRIMARY} mt-6 h-9 py-0`}>
              Create token
            </button>
          </div>
          <div className="mt-3">
            <FormOutcome state={state} pending={pending} testId="token-outcome" />
          </div>
        </form>
      ) : (
        <p className="mt-3 text-sm text-slate-600">Reactivate the account to give it a token.</p>
      )}
    </section>
  );
}
