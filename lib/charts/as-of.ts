import { addMonths, formatIsoDate, parseIsoDate, type IsoDate } from "@/lib/domain";

export interface LookAhead {
  label: string;
  years: number;
  asOf: IsoDate;
}

// The look-ahead steps of the risk pages: far enough to watch a retirement
// wave arrive (the default horizon is two years, so +3 and +5 show what is
// not yet "retiring soon" today), and one year back, read from history
// (SPEC §8), to compare with the plan as it stood then.
export const LOOK_AHEAD_YEARS = [-1, 0, 1, 2, 3, 5] as const;

export function lookAheadOptions(today: IsoDate): LookAhead[] {
  const start = parseIsoDate(today);
  if (!start) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  return LOOK_AHEAD_YEARS.map((years) => ({
    label: years === 0 ? "Today" : `${years < 0 ? "−" : "+"}${Math.abs(years)} year${Math.abs(years) === 1 ? "" : "s"}`,
    years,
    asOf: formatIsoDate(addMonths(start, years * 12)),
  }));
}
