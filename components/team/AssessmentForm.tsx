"use client";

import { useActionState } from "react";
import { FLIGHT_RISKS, LEADERSHIP_ITEMS, MANAGEMENT_ITEMS } from "@/lib/schemas/assessment";
import type { AssessFormState } from "./form-state";
import { ScoreField } from "./ScoreField";

type Action = (previous: AssessFormState, formData: FormData) => Promise<AssessFormState>;

const ITEM_SCALE = [
  { value: "1", label: "1 — rarely" },
  { value: "2", label: "2 — sometimes" },
  { value: "3", label: "3 — usually" },
  { value: "4", label: "4 — consistently" },
  { value: "5", label: "5 — a role model" },
] as const;
const NINE_BOX_SCALE = [
  { value: "1", label: "1 — low" },
  { value: "2", label: "2 — moderate" },
  { value: "3", label: "3 — high" },
] as const;
const FLIGHT_OPTIONS = FLIGHT_RISKS.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));

export function AssessmentForm({ action, initial }: { action: Action; initial: AssessFormState }) {
  const [state, formAction, pending] = useActionState(action, initial);
  const v = (name: string) => state.values[name] ?? "";
  const e = state.fieldErrors;

  return (
    <form key={state.version} action={formAction} className="mt-6 flex flex-col gap-6" noValidate>
      {state.message ? (
        <p
          role={state.tone === "error" ? "alert" : "status"}
          className={`rounded-md border px-4 py-2 text-sm ${state.tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-800"}`}
        >
          {state.message}
        </p>
      ) : null}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Nine-box</legend>
        <ScoreField name="performance" label="Performance" options={NINE_BOX_SCALE} value={v("performance")} error={e.performance} />
        <ScoreField name="potential" label="Potential" options={NINE_BOX_SCALE} value={v("potential")} error={e.potential} />
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Management: the how and when</legend>
        {MANAGEMENT_ITEMS.map((item) => (
          <ScoreField key={item.key} name={item.key} label={item.label} hint={item.hint} options={ITEM_SCALE} value={v(item.key)} error={e[item.key]} />
        ))}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Leadership: the what and why</legend>
        {LEADERSHIP_ITEMS.map((item) => (
          <ScoreField key={item.key} name={item.key} label={item.label} hint={item.hint} options={ITEM_SCALE} value={v(item.key)} error={e[item.key]} />
        ))}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold text-slate-900">Time and risk</legend>
        <div className="text-sm">
          <label htmlFor="leadershipTimePct" className="font-medium text-slate-800">
            Leadership time share (%)
          </label>
          <p id="leadershipTimePct-hint" className="text-xs text-slate-500">
            Share of working time spent on leadership rather than management work, 0–100.
          </p>
          <input
            id="leadershipTimePct"
            name="leadershipTimePct"
            type="number"
            min={0}
            max={100}
            step={1}
            defaultValue={v("leadershipTimePct")}
            aria-invalid={e.leadershipTimePct ? true : undefined}
            aria-describedby={e.leadershipTimePct ? "leadershipTimePct-hint leadershipTimePct-error" : "leadershipTimePct-hint"}
            className={`mt-1 block w-32 rounded-md border px-2 py-1.5 ${e.leadershipTimePct ? "border-red-500" : "border-slate-300"}`}
          />
          {e.leadershipTimePct ? (
            <p id="leadershipTimePct-error" className="mt-1 text-xs text-red-700">
              {e.leadershipTimePct}
            </p>
          ) : null}
        </div>
        <ScoreField name="flightRisk" label="Flight risk" options={FLIGHT_OPTIONS} value={v("flightRisk")} error={e.flightRisk} />
        <div className="text-sm sm:col-span-2">
          <label htmlFor="notes" className="font-medium text-slate-800">
            Notes
          </label>
          <textarea
            id="notes"
            name="notes"
            rows={3}
            maxLength={2000}
            defaultValue={v("notes")}
            aria-invalid={e.notes ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
          {e.notes ? <p className="mt-1 text-xs text-red-700">{e.notes}</p> : null}
        </div>
      </fieldset>
      <div className="flex gap-3">
        {state.status === "submitted" ? null : (
          <button type="submit" name="intent" value="draft" disabled={pending} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-50">
            Save draft
          </button>
        )}
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          Submit
        </button>
      </div>
    </form>
  );
}
