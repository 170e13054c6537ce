import { RISK_CLASSES } from "@/lib/charts/heatmap-scale";

export function HeatmapLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
      <span className="font-medium">Mean position risk (0–100):</span>
      <ul className="flex flex-wrap items-center gap-3" aria-label="Colour scale">
        {RISK_CLASSES.map((c) => (
          <li key={c.label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-4 w-6 rounded-sm border border-slate-300" style={{ background: c.background }} />
            {c.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-4 w-6 rounded-sm border border-dashed border-slate-400 bg-white" />
          no positions
        </li>
      </ul>
    </div>
  );
}
