import type { StuckEvidence as Evidence } from "@/lib/domain";
import { describeStuck, type StuckStatus } from "@/lib/people/stuck-words";

const STYLE: Record<StuckStatus, string> = {
  stuck: "border-violet-300 bg-violet-50 text-violet-900",
  "early-warning": "border-amber-300 bg-amber-50 text-amber-900",
  clear: "border-emerald-200 bg-emerald-50 text-emerald-900",
  "not-applicable": "border-slate-200 bg-slate-50 text-slate-700",
  unknown: "border-slate-200 bg-slate-50 text-slate-700",
};

export function StuckEvidence({ evidence }: { evidence: Evidence }) {
  const words = describeStuck(evidence);
  return (
    <div className={`rounded-md border p-3 ${STYLE[words.status]}`} data-testid="stuck-evidence">
      <p className="font-semibold">{words.headline}</p>
      <p className="mt-1 text-sm">{words.sentence}</p>
    </div>
  );
}
