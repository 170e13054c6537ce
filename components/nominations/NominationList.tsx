import Link from "next/link";
import type { ReactNode } from "react";
import type { NominationView } from "@/lib/server/operations/nominations";
import { readinessLabel, statusLabel } from "@/lib/labels";
import { slateHref } from "@/lib/links";

// Slate entries as a list; the caller supplies the buttons each row may show.
export function NominationList({
  rows,
  empty,
  actions,
  label,
}: {
  rows: NominationView[];
  empty: string;
  label: string;
  actions?: (row: NominationView) => ReactNode;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-200">
      {rows.map((row) => (
        <li key={row.id} data-testid={`nomination-${row.id}`} className="flex flex-wrap items-start justify-between gap-4 py-3">
          <div className="min-w-0 text-sm">
            <p className="font-medium text-slate-900">
              {row.candidateName ?? "Candidate"} <span className="text-slate-500">({row.candidateId})</span> for{" "}
              <Link href={slateHref(row.positionId)} className="text-brand-700 underline hover:text-brand-900">
                {row.positionTitle ?? row.positionId} ({row.positionId})
              </Link>
            </p>
            <p className="text-slate-600">
              {readinessLabel(row.readiness)}
              {row.emergency ? " · emergency successor" : ""} · {statusLabel(row.status)}
              {row.decisionReason ? ` — ${row.decisionReason}` : ""}
            </p>
            {row.rationale ? <p className="mt-1 text-slate-500">“{row.rationale}”</p> : null}
          </div>
          {actions ? <div className="flex flex-wrap items-start gap-2">{actions(row)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
