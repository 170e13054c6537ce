"use client";

import { useActionState } from "react";
import type { MailKind } from "@/lib/mail/messages";
import type { MailPreferences } from "@/lib/mail/recipients";
import type { MailPreferencesAction } from "./form-state";
import { initialMailPreferencesState } from "./form-state";

const KINDS: Record<MailKind, { field: keyof MailPreferences; label: string; help: string }> = {
  decision: { field: "decisions", label: "HR decided a nomination I proposed", help: "Approved or declined, with a link to the seat's slate." },
  proposal: { field: "proposals", label: "A nomination waits for an HR decision", help: "Not for the ones you proposed yourself: another HR member decides those." },
  assessments_due: {
    field: "assessmentsDue",
    label: "People reporting to me are due for assessment",
    help: "When a talent-review cycle opens; with the daily digest, a reminder each day until they are assessed.",
  },
};

const STATUS_TEXT: Record<string, string> = {
  saved: "Saved. Baton e-mails you as chosen from now on.",
  unchanged: "Nothing changed, so nothing was saved.",
};

export function MailPreferencesForm({ action, preferences, kinds, email }: { action: MailPreferencesAction; preferences: MailPreferences; kinds: MailKind[]; email: string }) {
  const [state, dispatch, pending] = useActionState(action, initialMailPreferencesState);
  if (kinds.length === 0) {
    return <p className="text-sm text-slate-700">Baton sends no e-mail to executives: the overview, the heatmap and the executive summary hold everything for you.</p>;
  }
  return (
    <form key={state.version} action={dispatch} className="grid gap-5" noValidate>
      <fieldset className="grid gap-3">
        <legend className="text-sm font-semibold text-slate-900">E-mail me when</legend>
        {kinds.map((kind) => {
          const { field, label, help } = KINDS[kind];
          return (
            <div key={kind} className="flex items-start gap-3">
              <input id={field} name={field} type="checkbox" defaultChecked={preferences[field]} aria-describedby={`${field}-help`} className="mt-1 h-4 w-4 rounded border-slate-300" />
              <div>
                <label htmlFor={field} className="text-sm font-medium text-slate-800">
                  {label}
                </label>
                <p id={`${field}-help`} className="text-xs text-slate-600">
                  {help}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-semibold text-slate-900">How often</legend>
        <label className="flex items-center gap-3 text-sm text-slate-800">
          <input type="radio" name="digest" value="false" defaultChecked={!preferences.digest} className="h-4 w-4" />
          One e-mail for each event, as it happens
        </label>
        <label className="flex items-center gap-3 text-sm text-slate-800">
          <input type="radio" name="digest" value="true" defaultChecked={preferences.digest} className="h-4 w-4" />
          One daily digest with everything since the last one
        </label>
      </fieldset>
      <p className="text-xs text-slate-600">Messages go to {email}. Every notice is also in Baton, whatever you choose here.</p>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Saving…" : "Save e-mail choices"}
        </button>
        <p role="status" className="text-sm text-slate-700">
          {pending ? "Saving…" : state.status === "invalid" ? (state.message ?? "Nothing was saved.") : (STATUS_TEXT[state.status] ?? "")}
        </p>
      </div>
    </form>
  );
}
