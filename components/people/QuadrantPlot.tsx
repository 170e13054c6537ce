import { formatScore } from "@/lib/format/numbers";
import type { QuadrantPlace } from "@/lib/people/placement";

// The manage/lead matrix for one person: management score across, leadership
// score up, split at the readiness threshold. A picture; the caption says it.
export function QuadrantPlot({ place, mgmtScore, leadScore, threshold }: { place: QuadrantPlace; mgmtScore: number; leadScore: number; threshold: number }) {
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  return (
    <figure>
      <div className="flex items-stretch gap-2" aria-hidden="true">
        <div className="flex w-4 items-center justify-center">
          <span className="-rotate-90 whitespace-nowrap text-[11px] font-medium text-slate-500">Lead →</span>
        </div>
        <div className="relative h-44 flex-1 overflow-hidden rounded border border-slate-200 bg-slate-50">
          <div className="absolute inset-y-0 border-l border-dashed border-slate-400" style={{ left: `${threshold}%` }} />
          <div className="absolute inset-x-0 border-t border-dashed border-slate-400" style={{ bottom: `${threshold}%` }} />
          <span className="absolute left-1.5 top-1 text-[10px] text-slate-600">Leads more</span>
          <span className="absolute right-1.5 top-1 text-[10px] text-slate-600">Manages and leads</span>
          <span className="absolute bottom-1 left-1.5 text-[10px] text-slate-600">Developing</span>
          <span className="absolute bottom-1 right-1.5 text-[10px] text-slate-600">Manager, not yet leader</span>
          <span
            className="absolute h-3.5 w-3.5 -translate-x-1/2 translate-y-1/2 rounded-full bg-brand-600 ring-2 ring-white"
            style={{ left: `${clamp(mgmtScore)}%`, bottom: `${clamp(leadScore)}%` }}
          />
        </div>
      </div>
      <p aria-hidden="true" className="mt-1 pl-6 text-center text-[11px] font-medium text-slate-500">
        Manage →
      </p>
      <figcaption className="mt-2 text-sm text-slate-700">
        <strong>{place.label}</strong> (manage {formatScore(mgmtScore)}, lead {formatScore(leadScore)}; ready at {threshold}). {place.description}
      </figcaption>
    </figure>
  );
}
