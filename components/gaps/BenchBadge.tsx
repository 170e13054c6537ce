import type { BenchStrength } from "@/lib/domain";
import { BENCH_LABELS, BENCH_TONES } from "@/lib/gaps/labels";
import { ToneBadge } from "./ToneBadge";

// "No bench", "Weak bench", …: reads as a phrase wherever it stands alone.
export function BenchBadge({ bench }: { bench: BenchStrength }) {
  return <ToneBadge tone={BENCH_TONES[bench]}>{bench === "none" ? "No bench" : `${BENCH_LABELS[bench]} bench`}</ToneBadge>;
}
