import { cyclesFor } from "./assessments";
import { addMonths, formatDay, parseDay } from "./dates";
import type { DemoOrganization } from "./generate";

// The demo's two years, as the dated imports a team back-filling its old
// spreadsheets would run (docs/history.md): the organization two years
// before the demo's date, half of today's slates a few months later, the
// earlier review cycle, the rest of the slates, the latest cycle, and last
// the withdrawals and successions. So the bench-strength trend, a past
// as-of and a snapshot comparison move on first start.

export type DemoKind = "people" | "positions" | "assessments" | "nominations";

export interface DemoStep {
  kind: DemoKind;
  rows: Record<string, string>[];
  effectiveDate: string;
  label: string; // for the seed's log and the audit's file name
}

export interface DemoHistory {
  steps: DemoStep[];
  lifecycleDate: string; // when the demo's withdrawals and successions happened
  // The earlier review's close, when the demo froze its plan.
  snapshot: { name: string; date: string };
}

// Every date is before `today`, in order: a back-filled import is refused
// for a future date or one older than what is already recorded.
export function demoHistory(demo: DemoOrganization, asOfText: string, today: string): DemoHistory {
  const asOf = parseDay(asOfText);
  if (asOf === null) throw new RangeError(`asOf must be YYYY-MM-DD, got "${asOfText}"`);
  const { earlier, latest } = cyclesFor(asOf);
  const todayDay = parseDay(today);
  if (todayDay === null) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  const yesterday = formatDay(todayDay - 1);
  const day = (value: number) => {
    const text = formatDay(value);
    return text < today ? text : yesterday;
  };
  // Every other approved entry comes later: the bench grows between cycles.
  let approved = 0;
  const early: Record<string, string>[] = [];
  const later: Record<string, string>[] = [];
  for (const row of demo.nominations) {
    const isLater = row.status === "approved" && approved++ % 2 === 1;
    (isLater ? later : early).push(row);
  }
  const cycle = (name: string) => demo.assessments.filter((row) => row.cycle === name);
  const steps: DemoStep[] = [
    { kind: "people", rows: demo.people, effectiveDate: day(addMonths(asOf, -24)), label: "people" },
    { kind: "positions", rows: demo.positions, effectiveDate: day(addMonths(asOf, -24)), label: "positions" },
    { kind: "nominations", rows: early, effectiveDate: day(addMonths(asOf, -21)), label: "early slates" },
    { kind: "assessments", rows: cycle(earlier.name), effectiveDate: day(earlier.day), label: earlier.name },
    { kind: "nominations", rows: later, effectiveDate: day(addMonths(asOf, -6)), label: "later slates" },
    { kind: "assessments", rows: cycle(latest.name), effectiveDate: day(latest.day), label: latest.name },
  ];
  return { steps: steps.filter((s) => s.rows.length > 0), lifecycleDate: day(latest.day + 7), snapshot: { name: `${earlier.name} review close`, date: day(earlier.day + 14) } };
}
