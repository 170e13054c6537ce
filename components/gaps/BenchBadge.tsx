import type { BenchStrength } from "@/lib/domain";
import { BENCH_LABELS, BENCH_TONES } from "@/lib/labels";
import { ToneBadge } from "./ToneBadge";

export function BenchBadge({ bench }: { bench: BenchStrength }) {
  return <ToneBadge tone={BENCH_TONES[bench]}>{BENCH_LABELS[bench]}</ToneBadge>;
}
