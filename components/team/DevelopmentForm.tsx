"use client";

import { useActionState } from "react";
import { DEVELOPMENT_KIND_LABELS, DEVELOPMENT_KINDS } from "@/lib/schemas/development-action";

export interface DevelopmentFormState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

export function DevelopmentForm({ action }: { action: (state: DevelopmentFormState, form: FormData) => Promise<DevelopmentFormState> }) {
  const [state, formAction, pending] = useActionState(action, { message: null, fieldErrors: {}, values: {} });
  const error = (field: string) => state.fieldErrors[field];
  return (
    <form action={formAction} className="mt-6 space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" key={JSON.stringify(state.values)}>
      {state.message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="kind" className="block text-sm font-medium text-slate-800">
          Kind of action
        </label>
        <select id="kind" name="kind" defaultValue={state.values.kind ?? ""} className={inputClass} aria-describedby="kind-error">
          <option value="">Choose…</option>
          {DEVELOPMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {DEVELOPMENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldError id="kind-error" error={error("kind")} />
      </div>
      <fieldset aria-describedby="goal-error">
        <legend className="text-sm font-medium text-slate-800">It builds the capability to…</legend>
        <div className="mt-2 flex gap-6">
          {[
            ["manage", "Manage: plan, organize, control, solve problems"],
            ["lead", "Lead: set direction, align, inspire, drive change"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="goal" value={value} defaultChecked={state.values.goal === value} />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="goal-error" error={error("goal")} />
      </fieldset>
      <div>
        <label htmlFor="description" className="block text-sm font-medium text-slate-800">
          What, concretely
        </label>
        <textarea id="description" name="description" rows={3} defaultValue={state.values.description ?? ""} className={inputClass} aria-describedby="description-error" />
        <FieldError id="description-error" error={error("description")} />
      </div>
      <div>
        <label htmlFor="dueDate" className="block text-sm font-medium text-slate-800">
          Due date
        </label>
        <input id="dueDate" name="dueDate" type="date" defaultValue={state.values.dueDate ?? ""} className={`${inputClass} max-w-xs`} aria-describedby="dueDate-error" />
        <FieldError id="dueDate-error" error={error("dueDate")} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Saving…" : "Plan this action"}
      </button>
    </form>
  );
}
