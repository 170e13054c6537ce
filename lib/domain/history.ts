import type { IsoDate } from "./types";

// What an as-of date reads (SPEC §8): before today, the plan as it stood at
// the end of that day, from recorded history; today, today's data; after
// today, today's data with its dates projected forward (the look-ahead).
export type AsOfMode = "history" | "today" | "look-ahead";

export function asOfMode(asOf: IsoDate, today: IsoDate): AsOfMode {
  if (asOf < today) return "history";
  return asOf === today ? "today" : "look-ahead";
}
