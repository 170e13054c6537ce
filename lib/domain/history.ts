import { endOfMonth, format, parseISO, subMonths } from "date-fns";
import type { IsoDate } from "./types";

// What an as-of date reads (SPEC §8): before today, the plan as it stood at
// the end of that day, from recorded history; today, today's data; after
// today, today's data with its dates projected forward (the look-ahead).
export type AsOfMode = "history" | "today" | "look-ahead";

export function asOfMode(asOf: IsoDate, today: IsoDate): AsOfMode {
  if (asOf < today) return "history";
  return asOf === today ? "today" : "look-ahead";
}

// The trend's dates (SPEC §8): the last day of each of the `months` months
// before the as-of date's month, oldest first.
export function monthEndsBefore(asOf: IsoDate, months: number): IsoDate[] {
  const start = parseISO(asOf);
  return Array.from({ length: months }, (_, i) => format(endOfMonth(subMonths(start, months - i)), "yyyy-MM-dd"));
}
