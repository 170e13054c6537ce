import type { StuckEvidence } from "@/lib/domain";
import { formatScore } from "@/lib/format/numbers";
import { formatMonths } from "./format";

// The stuck-in-management evidence as sentences for the profile (SPEC §3:
// "show which condition fired and the numbers"), e.g. "In role 30 months;
// 25 % of time on leadership work, under the 40 % threshold."
export type StuckStatus = "stuck" | "early-warning" | "clear" | "not-applicable" | "unknown";

export interface StuckWords {
  status: StuckStatus;
  headline: string;
  sentence: string;
}

function timeClause(e: StuckEvidence): string | null {
  if (e.leadershipTimePct === null) return null;
  const under = e.conditions.includes("low-leadership-time");
  return `${e.leadershipTimePct} % of time on leadership work, ${under ? "under" : "at or above"} the ${e.leadershipTimePctThreshold} % threshold`;
}

function gapClause(e: StuckEvidence): string | null {
  if (e.gap === null || e.mgmtScore === null || e.leadScore === null) return null;
  const scores = `management score ${formatScore(e.mgmtScore)}, leadership score ${formatScore(e.leadScore)}`;
  if (e.gap <= 0) return `${scores}: leading is not behind managing`;
  const wide = e.conditions.includes("score-gap");
  return `${scores}: ${formatScore(e.gap)} points apart, ${wide ? "more than" : "within"} the ${e.gapThreshold}-point threshold`;
}

function tenureClause(e: StuckEvidence): string | null {
  return e.monthsInRole === null ? null : `In role ${formatMonths(e.monthsInRole)}`;
}

function sentence(parts: (string | null)[]): string {
  const text = parts.filter((p): p is string => p !== null).join("; ");
  return text ? `${text}.` : "";
}

// Conditions that fired, in words, or every measurement when none did.
function evidenceClauses(e: StuckEvidence): (string | null)[] {
  const fired = e.conditions.length > 0;
  const time = !fired || e.conditions.includes("low-leadership-time") ? timeClause(e) : null;
  const gap = !fired || e.conditions.includes("score-gap") ? gapClause(e) : null;
  return [time, gap];
}

export function describeStuck(e: StuckEvidence): StuckWords {
  if (e.stuck) {
    return { status: "stuck", headline: "Stuck in management", sentence: sentence([tenureClause(e), ...evidenceClauses(e)]) };
  }
  switch (e.reason) {
    case "not-leadership-level":
      return {
        status: "not-applicable",
        headline: "Not in a leadership role",
        sentence: "The stuck-in-management check applies to leadership-level roles only.",
      };
    case "no-role-start-date":
      return {
        status: e.conditions.length > 0 ? "early-warning" : "unknown",
        headline: "Time in role unknown",
        sentence: sentence(["No role start date on record, so time in role cannot be measured", ...evidenceClauses(e)]),
      };
    case "too-new-in-role": {
      const tenure = `In role ${formatMonths(e.monthsInRole ?? 0)}, under the ${e.minMonthsInRole}-month minimum`;
      return e.conditions.length > 0
        ? { status: "early-warning", headline: "Early warning: new in role, already managing more than leading", sentence: sentence([tenure, ...evidenceClauses(e)]) }
        : { status: "clear", headline: "Not stuck in management", sentence: sentence([tenure, ...evidenceClauses(e)]) };
    }
    case "no-assessment":
      return {
        status: "unknown",
        headline: "Not assessed yet",
        sentence: sentence([tenureClause(e), "no assessment, so time on leadership work and the scores are unknown"]),
      };
    default:
      return { status: "clear", headline: "Not stuck in management", sentence: sentence([tenureClause(e), ...evidenceClauses(e)]) };
  }
}
