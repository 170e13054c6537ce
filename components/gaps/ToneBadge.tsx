import type { ReactNode } from "react";
import type { Tone } from "@/lib/labels";

// Colour backs up the words, never replaces them: every badge is readable
// text with enough contrast (700–800 on a 50 tint).
const TONE_CLASSES: Record<Tone, string> = {
  critical: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  caution: "bg-violet-50 text-violet-800 ring-violet-200",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function ToneBadge({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[tone]}`}>
      {children}
    </span>
  );
}
