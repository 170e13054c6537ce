"use client";

import { useActionState } from "react";
import type { LevelRung } from "./LevelNames";
import { LevelNames } from "./LevelNames";
import { AgeRuleToggle } from "./AgeRuleToggle";
import { NUMBER_FIELDS } from "./fields";
import type { SettingsFormAction, SettingsFormState } from "./form-state";

const STATUS_TEXT: Partial<Record<SettingsFormState["status"], string>> = {
  saved: "Settings saved. Reports use the new values from now on.",
  unchanged: "Nothing changed, so nothing was saved.",
};

export function SettingsForm({ action, initial, levels }: { action: SettingsFormAction; initial: SettingsFormState; levels: LevelRung[] }) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const errors = state.fieldErrors;
  const status = STATUS_TEXT[state.status];
  return (
    // Keyed by version: after a save React resets the form, and a fresh mount
    // makes the reset land on the values just stored, not the first ones.
    <form key={state.version} action={dispatch} className="grid gap-6" noValidate>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold text-slate-900">Thresholds</legend>
        {NUMBER_FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={field.name} className="block text-sm font-medium text-slate-800">
              {field.label} <span className="font-normal text-slate-500">({field.unit})</span>
            </label>
            <input
              id={field.name}
              name={field.name}
              type="number"
              step={field.step}
              inputMode="decimal"
              defaultValue={String(state.values.settings[field.name])}
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={`${field.name}-help${errors[field.name] ? ` ${field.name}-error` : ""}`}
              className="mt-1 block w-40 rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid]:border-red-500"
            />
            <p id={`${field.name}-help`} className="mt-0.5 text-xs text-slate-600">
              {field.help}
            </p>
            {errors[field.name] ? (
              <p id={`${field.name}-error`} className="mt-0.5 text-sm text-red-700">
                {errors[field.name]}
              </p>
            ) : null}
          </div>
        ))}
        <AgeRuleToggle defaultOn={state.values.settings.ageRuleEnabled === true} error={errors.ageRuleEnabled} />
      </fieldset>
      <LevelNames levels={levels} names={state.values.levelNames} errors={errors} />
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Saving…" : "Save settings"}
        </button>
        <p role="status" className="text-sm text-slate-700">
          {pending ? "Saving…" : state.status === "invalid" ? "Some values need fixing; nothing was saved." : (status ?? "")}
        </p>
      </div>
    </form>
  );
}
