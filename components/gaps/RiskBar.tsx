import { riskBandOf } from "@/lib/gaps/risk-band";

const BAR: Record<ReturnType<typeof riskBandOf>, string> = { low: "bg-emerald-500", medium: "bg-amber-500", high: "bg-red-600" };

// The number is the value; the bar is a glance aid and hidden from screen readers.
export function RiskBar({ risk }: { risk: number }) {
  return (
    <span className="inline-flex items-center justify-end gap-2">
      <span aria-hidden="true" className="h-1.5 w-10 overflow-hidden rounded-full bg-slate-200">
        <span className={`block h-full ${BAR[riskBandOf(risk)]}`} style={{ width: `${Math.max(2, risk)}%` }} />
      </span>
      <span className="w-7 text-right font-semibold tabular-nums text-slate-900">{risk}</span>
    </span>
  );
}
