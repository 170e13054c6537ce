import type { IsoDate } from "@/lib/domain";
import { PALETTE, type ChartSpec } from "./spec";

export interface WaveSeat {
  retirementDate: IsoDate | null; // of the seat's active incumbent
  readyNow: number; // approved ready-now successors of the seat
}

export const WAVE_YEARS = 5;

// The retirement wave: per calendar year, starting with the as-of year, the
// incumbents whose retirement date falls in it, against how many of those
// seats already have someone approved as ready now. Covered seats rather than
// a head count of successors, so a seat with three ready names still counts
// once and the second bar can never overtake the first. Dates before the
// as-of year (people past retirement and still in the seat) get their own
// first column only when there are any: the most urgent, not a rounding error.
export function retirementWave(options: { asOf: IsoDate; seats: readonly WaveSeat[]; years?: number }): ChartSpec {
  const first = Number(options.asOf.slice(0, 4));
  const years = options.years ?? WAVE_YEARS;
  const retiring = new Array<number>(years + 1).fill(0);
  const covered = new Array<number>(years + 1).fill(0);
  for (const seat of options.seats) {
    if (!seat.retirementDate) continue;
    const offset = Number(seat.retirementDate.slice(0, 4)) - first;
    if (offset >= years) continue;
    const slot = offset < 0 ? 0 : offset + 1;
    retiring[slot] = (retiring[slot] ?? 0) + 1;
    if (seat.readyNow > 0) covered[slot] = (covered[slot] ?? 0) + 1;
  }
  const labels = Array.from({ length: years }, (_, i) => String(first + i));
  const overdue = (retiring[0] ?? 0) > 0;
  const pick = (values: number[]) => (overdue ? values : values.slice(1));
  return {
    kind: "bar",
    categoryLabel: "Year",
    valueLabel: "Seats",
    unit: "count",
    labels: overdue ? [`Before ${first}`, ...labels] : labels,
    series: [
      { label: "Incumbents retiring", values: pick(retiring), color: PALETTE.vermillion, unit: "count" },
      { label: "Of which with a ready-now successor", values: pick(covered), color: PALETTE.blue, unit: "count" },
    ],
  };
}
