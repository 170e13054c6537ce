import { asOfMode } from "@/lib/domain/history";
import { DateText } from "@/components/ui/Dates";

const TONE = {
  history: "border-indigo-200 bg-indigo-50 text-indigo-900",
  today: "border-slate-200 bg-slate-50 text-slate-700",
  "look-ahead": "border-amber-200 bg-amber-50 text-amber-900",
} as const;

// Says which of the two readings of SPEC §8 a page shows: the plan as it
// stood on a past day, or today's data (projected forward for a later date).
export function AsOfBanner({ asOf, today, className = "" }: { asOf: string; today: string; className?: string }) {
  const mode = asOfMode(asOf, today);
  const date = <DateText value={asOf} />;
  return (
    <p data-testid="as-of-banner" data-mode={mode} className={`rounded-md border px-3 py-1.5 text-sm ${TONE[mode]} ${className}`}>
      {mode === "history" ? (
        <>
          <strong className="font-semibold">History:</strong> the plan as it stood at the end of {date} — the slates, assessments and seats recorded by
          then.
        </>
      ) : mode === "today" ? (
        <>
          <strong className="font-semibold">Today’s data</strong> ({date}).
        </>
      ) : (
        <>
          <strong className="font-semibold">Look-ahead:</strong> today’s slates and seats, with retirements and time in role projected to {date}.
        </>
      )}
    </p>
  );
}
