// Sign-ins and token use are moments, not calendar dates: shown to the
// minute in UTC, as the audit log shows its events.
export const formatMoment = (at: Date | null, never = "Never") => (at ? `${at.toISOString().slice(0, 16).replace("T", " ")} UTC` : never);
