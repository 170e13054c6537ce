import type { BenchStrength, GapFlag, VacancyRisk } from "@/lib/domain";

// Words for the engine's codes, one place for every risk view.
export const FLAG_LABELS: Record<GapFlag, string> = {
  "no-successor": "No successor",
  "retirement-uncovered": "Retirement uncovered",
  "single-point": "Single point of failure",
  "stuck-incumbent": "Stuck in management",
  "readiness-mismatch": "Readiness mismatch",
};

export const BENCH_LABELS: Record<BenchStrength, string> = {
  none: "No bench",
  weak: "Weak bench",
  moderate: "Moderate bench",
  strong: "Strong bench",
};

export const VACANCY_LABELS: Record<VacancyRisk, string> = { low: "Low", medium: "Medium", high: "High" };
