// Every score, percentage and count on screen goes through here, so one
// number reads the same on every page and chart (a score of 62.5 is 62.5 on
// People, My team and the profile; 14.8 % is 14.8 % on the overview, the gap
// report and the heatmap). Missing data prints as a dash, never as 0.
export const MISSING = "—";

// One rule for scores and percentages: at most one decimal, none when it is
// zero. Scores are multiples of 6.25, and one decimal keeps 59.4 visibly
// under a threshold of 60; rounding to whole numbers would show it as 59 or,
// at 59.5, as a misleading 60.
const oneDecimal = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? MISSING : oneDecimal.format(score);
}

export function formatPercent(pct: number | null | undefined): string {
  return pct === null || pct === undefined ? MISSING : `${oneDecimal.format(pct)} %`;
}

// Position risk is a whole number already; a heatmap cell's mean of them
// follows the score rule.
export const formatRisk = formatScore;

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? MISSING : whole.format(n);
}
