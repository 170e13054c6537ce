import "server-only";
import { ZIsoDate } from "@/lib/schemas/api";
import { today } from "@/lib/server/infra/today";

export interface ResolvedAsOf {
  asOf: string;
  today: string;
  // The address asked for a date that is not one: the page says so rather
  // than silently showing today as if it had been asked for.
  rejected: string | null;
}

// The "as of" of a page, from its ?asOf= search parameter.
export function resolveAsOf(raw: string | string[] | undefined): ResolvedAsOf {
  const now = today();
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return { asOf: now, today: now, rejected: null };
  const parsed = ZIsoDate.safeParse(value);
  return parsed.success ? { asOf: parsed.data, today: now, rejected: null } : { asOf: now, today: now, rejected: value };
}
