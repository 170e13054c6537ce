"use client";

import { useActionState } from "react";
import type { ReviewPlacement } from "@/lib/review/grid";

export interface CalibrationState {
  message: string | null;
  tone: "ok" | "error";
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

export function CalibrationForm({ people, action }: { people: ReviewPlacement[]; action: (s: CalibrationState, f: FormData) => Promise<CalibrationState> }) {
  const [state, formAction, pending] = useActionState(action, { message: null, tone: "ok" });
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-base font-semibold text-slate-900">Calibrate a placement</h2>
      {state.message ? (
        <p role={state.tone === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${state.tone === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="assessmentId" className="block text-sm font-medium text-slate-800">
          Person
        </label>
        <select id="assessmentId" name="assessmentId" required className={selectClass} defaultValue="">
          <option value="">Choose…</option>
          {people.map((p) => (
            <option key={p.assessmentId} value={p.assessmentId}>
              {p.name} — now performance {p.performance}, potential {p.potential}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        {(["performance", "potential"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={field} className="block text-sm font-medium capitalize text-slate-800">
              New {field}
            </label>
            <select id={field} name={field} required className={selectClass} defaultValue="">
              <option value="">Choose…</option>
              <option value="3">3 — high</option>
              <option value="2">2 — medium</option>
              <option value="1">1 — low</option>
            </select>
          </div>
        ))}
      </div>
      <div>
        <label htmlFor="reason" className="block text-sm font-medium text-slate-800">
          Reason (kept in the history)
        </label>
        <textarea id="reason" name="reason" rows={2} required className={selectClass} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Moving…" : "Move to this box"}
      </button>
    </form>
  );
}
