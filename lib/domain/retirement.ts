import { addMonths, formatIsoDate, isIsoDate, parseIsoDate } from "./dates";
import type { IsoDate, PersonInput, RetirementSource, Settings } from "./types";

export interface Retirement {
  date: IsoDate | null;
  source: RetirementSource | null;
}

export const NO_RETIREMENT: Retirement = Object.freeze({ date: null, source: null });

// A declared plan beats a pension rule, which beats a guess from age; the
// guess only when HR has switched it on (SPEC §3). A malformed date counts as
// missing rather than stopping the whole report.
export function retirementOf(
  person: Pick<PersonInput, "plannedRetirementDate" | "retirementEligibilityDate" | "birthYear">,
  settings: Pick<Settings, "ageRuleEnabled" | "retirementAge">,
): Retirement {
  if (isIsoDate(person.plannedRetirementDate)) return { date: person.plannedRetirementDate, source: "planned" };
  if (isIsoDate(person.retirementEligibilityDate)) return { date: person.retirementEligibilityDate, source: "eligibility" };
  if (settings.ageRuleEnabled && person.birthYear != null && Number.isInteger(person.birthYear)) {
    // Birth year is all HR holds, so mid-year is the fairest single date.
    return { date: formatIsoDate({ year: person.birthYear + settings.retirementAge, month: 7, day: 1 }), source: "age_rule" };
  }
  return NO_RETIREMENT;
}

// The two look-ahead dates vacancy risk is measured against.
export interface RetirementWindows {
  soonUntil: IsoDate; // as-of + horizon: "retiring soon"
  watchUntil: IsoDate; // as-of + 2 × horizon: medium vacancy risk
}

export function retirementWindows(asOf: IsoDate, settings: Pick<Settings, "retirementHorizonMonths">): RetirementWindows {
  const start = parseIsoDate(asOf);
  if (!start) throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got "${asOf}"`);
  return {
    soonUntil: formatIsoDate(addMonths(start, settings.retirementHorizonMonths)),
    watchUntil: formatIsoDate(addMonths(start, 2 * settings.retirementHorizonMonths)),
  };
}

// Past dates count: someone past their retirement date who is still in the
// seat is the most urgent case, not a resolved one.
export function isRetiringSoon(retirementDate: IsoDate | null, windows: RetirementWindows): boolean {
  return retirementDate !== null && retirementDate <= windows.soonUntil;
}

// A retirement date before the as-of date, with the person still counted:
// the plan is late, which a screen must say rather than show a bare past date.
export function isRetirementOverdue(retirementDate: IsoDate | null, asOf: IsoDate): boolean {
  return retirementDate !== null && retirementDate < asOf;
}

export function isRetiringWithinWatch(retirementDate: IsoDate | null, windows: RetirementWindows): boolean {
  return retirementDate !== null && retirementDate <= windows.watchUntil;
}
