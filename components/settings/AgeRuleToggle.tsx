"use client";

import { useState } from "react";

// Estimating retirement from birth year treats people differently by age; in
// many jurisdictions that is unlawful age discrimination. SPEC §3 keeps the
// rule off by default, so turning it on must be a deliberate, informed act.
export function AgeRuleToggle({ defaultOn, error }: { defaultOn: boolean; error?: string }) {
  const [on, setOn] = useState(defaultOn);
  return (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" name="ageRuleEnabled" checked={on} onChange={(e) => setOn(e.target.checked)} />
        Estimate retirement from age (age rule)
      </label>
      <p className="mt-1 text-sm text-slate-600">
        Off by default. When on, a person with no planned or eligibility date is assumed to retire on 1 July of birth year + retirement age, and the
        source is shown as &ldquo;age rule&rdquo;.
      </p>
      {on ? (
        <p role="alert" data-testid="age-rule-warning" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Warning: inferring retirement from age can amount to age discrimination and is unlawful in many countries. Turn this on only with legal
          advice, and never use the estimated dates to decide on anyone&rsquo;s career.
        </p>
      ) : null}
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
