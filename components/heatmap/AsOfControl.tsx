"use client";

import Link from "next/link";
import { useLocale } from "@/components/ui/Dates";
import type { LookAhead } from "@/lib/charts/as-of";
import { formatDate } from "@/lib/format/dates";

// Look ahead in whole years (links, so every view has an address to share)
// or to any date. The risk of every seat is recomputed as of that date. A
// client component so the tooltip's date is in the reader's format too.
export function AsOfControl({ options, asOf, basePath }: { options: LookAhead[]; asOf: string; basePath: string }) {
  const locale = useLocale();
  const custom = !options.some((o) => o.asOf === asOf);
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3 print:hidden">
      <nav aria-label="Look back or ahead">
        <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">As of</p>
        <ul className="flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
          {options.map((o) => {
            const current = o.asOf === asOf;
            return (
              <li key={o.years} className="border-l border-slate-300 first:border-l-0">
                <Link
                  href={o.years === 0 ? basePath : `${basePath}?asOf=${o.asOf}`}
                  aria-current={current ? "true" : undefined}
                  title={formatDate(o.asOf, locale)}
                  className={`block px-3 py-1.5 font-medium ${current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {o.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action={basePath} className="flex items-end gap-2 text-sm">
        <label className="flex flex-col">
          <span className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">Other date</span>
          <input
            type="date"
            name="asOf"
            defaultValue={asOf}
            required
            className={`rounded-md border bg-white px-2 py-1 text-slate-900 ${custom ? "border-brand-700 ring-1 ring-brand-700" : "border-slate-300"}`}
          />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100">
          Show
        </button>
      </form>
    </div>
  );
}
