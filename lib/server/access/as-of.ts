import { ZIsoDate } from "@/lib/schemas/api";
import type { IsoDate } from "@/lib/domain";

export interface ResolvedAsOf {
  asOf: IsoDate;
  // The address asked for a date that is not one: the page says so rather
  // than silently showing today as if it had been asked for.
  rejected: string | null;
}

// The one rule for "as of" (pages, route handlers, the API): the ?asOf= of
// the address when it is a calendar date, today otherwise. The API's query
// schemas refuse a bad date with a 400 before this sees it.
export function resolveAsOf(raw: string | readonly string[] | null | undefined, today: IsoDate): ResolvedAsOf {
  const value = typeof raw === "string" ? raw : raw?.[0];
  if (value === undefined || value === "") return { asOf: today, rejected: null };
  const parsed = ZIsoDate.safeParse(value);
  return parsed.success ? { asOf: parsed.data, rejected: null } : { asOf: today, rejected: value };
}
