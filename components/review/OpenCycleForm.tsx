"use client";

import { useActionState } from "react";
import type { CalibrationState } from "./CalibrationForm";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

// HR opens the next talent-review cycle; managers are told their team is due.
export function OpenCycleForm({ action }: { action: (s: CalibrationState, f: FormData) => Promise<CalibrationState> }) {
  const [state, formAction, pending] = useActionState(action, { message: null, tone: "ok" });
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-base font-semibold text-slate-900">Open a cycle</h2>
      <p className="text-sm text-slate-600">Assessments from then on belong to it. Managers with people to assess are told, by e-mail where it is set up.</p>
      {state.message ? (
        <p role={state.tone === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${state.tone === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
          {state.message}
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="cycle-name" className="block text-sm font-medium text-slate-800">
            Name
          </label>
          <input id="cycle-name" name="name" required placeholder="e.g. 2027 H1" className={inputClass} />
        </div>
        <div>
          <label htmlFor="cycle-date" className="block text-sm font-medium text-slate-800">
            Date
          </label>
          <input id="cycle-date" name="cycleDate" type="date" required className={inputClass} />
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Opening…" : "Open the cycle"}
      </button>
    </form>
  );
}
