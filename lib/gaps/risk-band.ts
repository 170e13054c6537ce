import { HIGH_RISK_THRESHOLD } from "@/lib/domain/risk";

// Three bands for filtering the gap report by position risk (0–100).
// "High" is the heatmap's high-risk threshold, so the two screens agree.
// 30 splits the rest: with the weights in docs/risk.md a medium-vacancy,
// medium-impact seat with nobody behind it scores 35, while any low-vacancy
// seat scores at most 20 — so "medium" starts where a plausible vacancy meets
// an uncovered seat.
export const RISK_BANDS = ["low", "medium", "high"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export const MEDIUM_RISK_THRESHOLD = 30;

export function riskBandOf(risk: number): RiskBand {
  if (risk >= HIGH_RISK_THRESHOLD) return "high";
  if (risk >= MEDIUM_RISK_THRESHOLD) return "medium";
  return "low";
}

export const RISK_BAND_LABELS: Record<RiskBand, string> = {
  low: `Low (under ${MEDIUM_RISK_THRESHOLD})`,
  medium: `Medium (${MEDIUM_RISK_THRESHOLD}–${HIGH_RISK_THRESHOLD - 1})`,
  high: `High (${HIGH_RISK_THRESHOLD} or more)`,
};
