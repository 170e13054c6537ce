"use client";

import { useLocale } from "@/components/ui/Dates";
import { formatDate } from "@/lib/format/dates";
import type { SnapshotSummary } from "@/lib/server/operations/plan-snapshots";

// Pick two plans to compare: a snapshot, and another snapshot or now.
export function CompareForm({ snapshots, from, to }: { snapshots: SnapshotSummary[]; from?: number; to?: number | "now" }) {
  // An option holds text only: the date is formatted here, in the reader's locale.
  const locale = useLocale();
  const options = snapshots.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name} ({formatDate(s.asOf, locale)})
    </option>
  ));
  const select = "mt-1 block w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/snapshots/compare" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="font-medium text-slate-800">
        From
        <select name="from" defaultValue={from ?? snapshots[1]?.id ?? snapshots[0]?.id} className={select}>
          {options}
        </select>
      </label>
      <label className="font-medium text-slate-800">
        To
        <select name="to" defaultValue={to ?? snapshots[0]?.id ?? "now"} className={select}>
          <option value="now">Now (today’s plan)</option>
          {options}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-50">
        Compare
      </button>
    </form>
  );
}
