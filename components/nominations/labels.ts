// Words for the stored codes, as HR and managers say them.
export const READINESS_LABELS: Record<string, string> = {
  ready_now: "Ready now",
  "1_2_years": "Ready in 1–2 years",
  "3_plus_years": "Ready in 3+ years",
};

export const STATUS_LABELS: Record<string, string> = {
  proposed: "Proposed",
  approved: "Approved",
  declined: "Declined",
  withdrawn: "Withdrawn",
  succeeded: "Succeeded",
};

export const readinessLabel = (code: string) => READINESS_LABELS[code] ?? code;
export const statusLabel = (code: string) => STATUS_LABELS[code] ?? code;
