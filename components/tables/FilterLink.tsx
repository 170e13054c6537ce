"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { firstValues, hrefWith } from "@/lib/tables/url-state";
import { formatUnitPath } from "@/lib/format/units";

// A link to the current view with one or more filters changed: clicking a
// row's org unit narrows the table to that unit, keeping the other filters.
export function FilterLink({ changes, className, title, children }: { changes: Record<string, string | null>; className?: string; title?: string; children: ReactNode }) {
  const pathname = usePathname();
  const params = firstValues(Object.fromEntries(useSearchParams().entries()));
  return (
    <Link href={hrefWith(pathname, params, changes)} className={className} title={title}>
      {children}
    </Link>
  );
}

// A row's org unit: its own name, its parents beneath, and a click narrows
// the table to that unit.
export function OrgUnitFilterLink({ path }: { path: string }) {
  const cut = path.lastIndexOf("/");
  return (
    <FilterLink changes={{ orgUnit: path }} title={`Show only ${formatUnitPath(path)}`} className="group block">
      <span className="text-slate-900 group-hover:underline">{path.slice(cut + 1)}</span>
      {cut > 0 ? <span className="block text-xs text-slate-500">{formatUnitPath(path.slice(0, cut))}</span> : null}
    </FilterLink>
  );
}
