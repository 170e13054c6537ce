// Words for durations, for the profile and the stuck-in-management evidence.
// Numbers are formatted in lib/format/numbers.ts, dates in lib/format/dates.ts.
export function formatMonths(months: number): string {
  return months === 1 ? "1 month" : `${months} months`;
}
