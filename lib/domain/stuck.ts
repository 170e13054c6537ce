import { fullMonthsBetween, parseIsoDate, type CalendarDate } from "./dates";
import { roundScore } from "./scores";
import type { IsoDate, RoleKind, Settings } from "./types";

export type StuckCondition = "low-leadership-time" | "score-gap";

export type NotStuckReason =
  | "not-leadership-level"
  | "no-role-start-date"
  | "too-new-in-role"
  | "no-assessment"
  | "conditions-not-met";

// Everything the profile needs to say, in numbers, why someone is or is not
// stuck: "in role 30 months; 25 % of time on leadership work, under the 40 %
// threshold". Measurements are null when the data behind them is missing.
export interface StuckEvidence {
  stuck: boolean;
  reason: NotStuckReason | null; // null exactly when stuck
  // The assessment conditions that hold, whatever the tenure; stuck also
  // needs a leadership role held long enough.
  conditions: readonly StuckCondition[];
  monthsInRole: number | null;
  minMonthsInRole: number;
  leadershipTimePct: number | null;
  leadershipTimePctThreshold: number; // stuck when under this
  mgmtScore: number | null;
  leadScore: number | null;
  gap: number | null; // mgmtScore − leadScore
  gapThreshold: number; // stuck when above this
}

export interface StuckFacts {
  levelKind: RoleKind | null;
  roleStartDate: IsoDate | null;
  asOf: IsoDate | CalendarDate; // parsed once by callers that assess many people
  // From the latest assessment, or null when there is none.
  latest: { leadershipTimePct: number; mgmtScore: number; leadScore: number } | null;
}

// Shared, frozen lists: this runs for every person on every report.
const NONE: readonly StuckCondition[] = Object.freeze([]);
const LOW_TIME: readonly StuckCondition[] = Object.freeze(["low-leadership-time"]);
const GAP: readonly StuckCondition[] = Object.freeze(["score-gap"]);
const BOTH: readonly StuckCondition[] = Object.freeze(["low-leadership-time", "score-gap"]);

type StuckSettings = Pick<Settings, "stuckMinMonthsInRole" | "stuckLeadershipTimePctBelow" | "stuckScoreGapAbove">;

// SPEC §1: people promoted into leadership who keep running their old
// processes. The two signals are how they spend their time and how far their
// leading lags their managing.
export function assessStuck(facts: StuckFacts, settings: StuckSettings): StuckEvidence {
  const start = parseIsoDate(facts.roleStartDate);
  const asOf = typeof facts.asOf === "string" ? parseIsoDate(facts.asOf) : facts.asOf;
  const monthsInRole = start && asOf ? fullMonthsBetween(start, asOf) : null;
  const latest = facts.latest;
  const gap = latest ? roundScore(latest.mgmtScore - latest.leadScore) : null;

  const lowTime = latest !== null && latest.leadershipTimePct < settings.stuckLeadershipTimePctBelow;
  const wideGap = gap !== null && gap > settings.stuckScoreGapAbove;
  const conditions = lowTime ? (wideGap ? BOTH : LOW_TIME) : wideGap ? GAP : NONE;

  let reason: NotStuckReason | null = null;
  if (facts.levelKind !== "leadership") reason = "not-leadership-level";
  else if (monthsInRole === null) reason = "no-role-start-date";
  else if (monthsInRole < settings.stuckMinMonthsInRole) reason = "too-new-in-role";
  else if (!latest) reason = "no-assessment";
  else if (conditions.length === 0) reason = "conditions-not-met";

  return {
    stuck: reason === null,
    reason,
    conditions,
    monthsInRole,
    minMonthsInRole: settings.stuckMinMonthsInRole,
    leadershipTimePct: latest ? latest.leadershipTimePct : null,
    leadershipTimePctThreshold: settings.stuckLeadershipTimePctBelow,
    mgmtScore: latest ? latest.mgmtScore : null,
    leadScore: latest ? latest.leadScore : null,
    gap,
    gapThreshold: settings.stuckScoreGapAbove,
  };
}
