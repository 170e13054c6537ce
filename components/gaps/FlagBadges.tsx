import type { GapFlag } from "@/lib/domain";
import { FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_TONES } from "@/lib/labels";
import { ToneBadge } from "./ToneBadge";

export function FlagBadges({ flags }: { flags: readonly GapFlag[] }) {
  if (flags.length === 0) return <span className="text-slate-500">None</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag}>
          <ToneBadge tone={FLAG_TONES[flag]} title={FLAG_DESCRIPTIONS[flag]}>
            {FLAG_LABELS[flag]}
          </ToneBadge>
        </li>
      ))}
    </ul>
  );
}
