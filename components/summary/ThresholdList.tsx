import { HIGH_RISK_THRESHOLD, type Settings } from "@/lib/domain";

// The rules every number on the page was computed with (HR's settings), so a
// printed copy can be read, and argued with, on its own.
export function ThresholdList({ settings }: { settings: Settings }) {
  const items: [string, string][] = [
    ["Retiring soon", `retirement date on or before the as-of date + ${settings.retirementHorizonMonths} months (overdue included)`],
    ["Medium vacancy risk", `retirement within ${2 * settings.retirementHorizonMonths} months, or medium flight risk`],
    [
      "Stuck in management",
      `at a leadership level for ${settings.stuckMinMonthsInRole}+ months, and under ${settings.stuckLeadershipTimePctBelow} % of time on leadership work or a leadership score more than ${settings.stuckScoreGapAbove} points below the management score`,
    ],
    ["Ready (pipeline)", `potential ${settings.pipelinePotentialMin} or more and the relevant score ${settings.readyScoreMin} or more`],
    ["Readiness mismatch", `a ready-now nomination whose candidate scores under ${settings.readyScoreMin}`],
    ["High risk", `position risk ${HIGH_RISK_THRESHOLD} or more (0–100)`],
    ["Retirement from age", settings.ageRuleEnabled ? `on, at ${settings.retirementAge}` : "off: only declared or eligibility dates count"],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-slate-800">{term}</dt>
          <dd className="text-slate-700">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
