"use client";

import type { ReactNode } from "react";
import type { AccountFormState } from "./form-state";

export const INPUT = "mt-1 block h-9 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm aria-[invalid]:border-red-500";
export const PRIMARY = "rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
export const SECONDARY = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";
export const DANGER = "rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";

// A labelled control with its help and its error, tied together for screen readers.
export function LabelledField({ id, label, help, error, children }: { id: string; label: string; help?: string; error?: string; children: (describedBy: string | undefined) => ReactNode }) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(describedBy)}
      {help ? (
        <p id={`${id}-help`} className="mt-0.5 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-0.5 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

// The outcome of a form, and the secret it produced, shown this once.
export function FormOutcome({ state, pending, testId }: { state: AccountFormState; pending: boolean; testId: string }) {
  if (pending) return <p role="status" className="text-sm text-slate-600">Saving…</p>;
  if (state.status === "idle") return <p role="status" className="sr-only" />;
  return (
    <div role="status" data-testid={testId} className={`text-sm ${state.status === "refused" ? "text-red-700" : "text-slate-800"}`}>
      <p>{state.message}</p>
      {state.secret ? (
        <code data-testid={`${testId}-secret`} className="mt-1 block w-fit rounded-md border border-amber-300 bg-amber-50 px-2 py-1 font-mono text-sm break-all text-slate-900 select-all">
          {state.secret}
        </code>
      ) : null}
    </div>
  );
}
