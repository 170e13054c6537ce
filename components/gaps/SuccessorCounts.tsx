import type { SuccessorCounts as Counts } from "@/lib/domain";

const PARTS = [
  { key: "readyNow", short: "now", long: "ready now" },
  { key: "readyIn1to2Years", short: "1–2 y", long: "ready in 1–2 years" },
  { key: "readyIn3PlusYears", short: "3+ y", long: "ready in 3+ years" },
] as const;

// Three counts side by side; zeros are dimmed so the names that exist stand out.
export function SuccessorCounts({ successors }: { successors: Counts }) {
  return (
    <span className="inline-flex gap-2 whitespace-nowrap tabular-nums">
      {PARTS.map(({ key, short, long }) => {
        const n = successors[key];
        return (
          <span key={key} title={`${n} ${long}`} className={n > 0 ? "text-slate-900" : "text-slate-500"}>
            <span className="font-semibold">{n}</span>{" "}
            <span aria-hidden="true" className="text-xs">
              {short}
            </span>
            <span className="sr-only">{long}</span>
          </span>
        );
      })}
    </span>
  );
}
