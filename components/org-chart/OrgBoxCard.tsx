import Link from "next/link";
import type { ReactNode } from "react";
import { RISK_CLASSES, riskClassIndex } from "@/lib/charts/heatmap-scale";
import { FLAG_LABELS } from "@/lib/labels";
import { slateHref } from "@/lib/links";
import type { OrgBox } from "@/lib/server/views/org-chart";
import { formatUnitPath } from "@/lib/format/units";

// One seat: who holds it, its successors by readiness, its flags and risk,
// on the heatmap's colour scale. `children` is the open/close control of a
// seat with reports.
export function OrgBoxCard({ box, highlighted, children }: { box: OrgBox; highlighted: boolean; children?: ReactNode }) {
  const riskClass = RISK_CLASSES[riskClassIndex(box.risk) ?? 0];
  const vacant = box.incumbent === null;
  const name = box.incumbent?.name ?? "Vacant";
  return (
    <article
      aria-label={`${name}, ${box.title}`}
      data-position-id={box.positionId}
      data-testid="org-box"
      data-highlighted={highlighted ? "true" : undefined}
      tabIndex={-1}
      className={`org-box flex h-full flex-col gap-1.5 rounded-md border bg-white p-3 text-sm shadow-sm ${
        vacant ? "border-dashed border-amber-600" : "border-slate-200"
      } ${highlighted ? "ring-4 ring-brand-600" : ""}`}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className={`truncate font-semibold ${vacant ? "text-amber-800" : "text-slate-900"}`}>
            {box.incumbent?.profileHref ? (
              <Link href={box.incumbent.profileHref} prefetch={false} className="hover:underline">
                {name}
              </Link>
            ) : (
              name
            )}
          </p>
          <p className="truncate text-slate-700" title={box.title}>
            <Link href={slateHref(box.positionId)} prefetch={false} className="underline decoration-slate-300 underline-offset-2 hover:text-brand-700">
              {box.title}
            </Link>
          </p>
          <p className="truncate text-xs text-slate-600" title={`${box.level} ${box.levelName} · ${formatUnitPath(box.orgUnitPath)}`}>
            <abbr title={box.levelName} className="no-underline">
              {box.level}
            </abbr>{" "}
            · {box.orgUnitName}
          </p>
        </div>
        <span
          className="shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold tabular-nums"
          style={{ background: riskClass?.background, color: riskClass?.foreground }}
          title="Position risk, 0–100"
        >
          Risk {box.risk}
        </span>
      </div>
      <p className="text-xs text-slate-700">
        <span className="sr-only">Successors: </span>
        <strong className="tabular-nums">{box.successors.readyNow}</strong> ready now · <strong className="tabular-nums">{box.successors.readyIn1to2Years}</strong>{" "}
        in 1–2 yrs · <strong className="tabular-nums">{box.successors.readyIn3PlusYears}</strong> in 3+ yrs
      </p>
      {box.critical || box.flags.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label="Flags">
          {box.critical ? <li className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-900">Critical</li> : null}
          {box.flags.map((f) => (
            <li key={f} className="rounded bg-rose-50 px-1.5 py-0.5 text-xs font-medium text-rose-800">
              {FLAG_LABELS[f]}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </article>
  );
}
