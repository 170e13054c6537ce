// Display formatting shared by the people directory, the profile and the gap
// report. Missing data prints as an explicit dash, never as 0 (SPEC §3).
export const MISSING = "—";

// Scores are multiples of 6.25 with whole-number items; one decimal is
// enough to keep 59.4 visibly under a threshold of 60.
const scoreFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? MISSING : scoreFormat.format(score);
}

export function formatMonths(months: number): string {
  return months === 1 ? "1 month" : `${months} months`;
}

const countFormat = new Intl.NumberFormat("en");

export function formatCount(n: number): string {
  return countFormat.format(n);
}

export function formatPercent(pct: number | null): string {
  return pct === null ? MISSING : `${scoreFormat.format(pct)} %`;
}
