import type { PersonScores } from "@/lib/domain";

// Where a person sits on the two grids of the profile. Pure: the profile
// passes in the latest assessment's numbers and the "ready" score threshold.

// Nine-box (performance × potential, each 1–3). Names follow the usual
// nine-box vocabulary so a calibration meeting recognises them.
const NINE_BOX_NAMES: Record<string, string> = {
  "3-3": "Star",
  "2-3": "High potential",
  "1-3": "Rough diamond",
  "3-2": "High performer",
  "2-2": "Core player",
  "1-2": "Inconsistent performer",
  "3-1": "Trusted professional",
  "2-1": "Effective contributor",
  "1-1": "Talent risk",
};

export interface NineBoxPlace {
  performance: 1 | 2 | 3;
  potential: 1 | 2 | 3;
  name: string;
}

const isOneToThree = (n: number | null): n is 1 | 2 | 3 => n === 1 || n === 2 || n === 3;

export function nineBoxPlace(performance: number | null, potential: number | null): NineBoxPlace | null {
  if (!isOneToThree(performance) || !isOneToThree(potential)) return null;
  return { performance, potential, name: nineBoxName(performance, potential) };
}

export function nineBoxName(performance: number, potential: number): string {
  return NINE_BOX_NAMES[`${performance}-${potential}`] ?? "";
}

// The manage/lead matrix (SPEC §5): management score × leadership score,
// split at the readiness threshold. It separates strong managers who are
// not yet leaders from people who already lead.
export type Quadrant = "manages-and-leads" | "manager-not-yet-leader" | "leads-more-than-manages" | "developing";

export interface QuadrantPlace {
  quadrant: Quadrant;
  label: string;
  description: string;
  mgmtHigh: boolean;
  leadHigh: boolean;
}

const QUADRANTS: Record<Quadrant, { label: string; description: string }> = {
  "manages-and-leads": { label: "Manages and leads", description: "Ready on both counts: runs the work and sets its direction." },
  "manager-not-yet-leader": {
    label: "Strong manager, not yet a leader",
    description: "Runs processes well; a leadership role would need development first.",
  },
  "leads-more-than-manages": {
    label: "Leads more than manages",
    description: "Sets direction and inspires; pair with a strong manager or build the management basics.",
  },
  developing: { label: "Developing on both", description: "Neither score has reached the readiness bar yet." },
};

export function quadrantPlace(scores: PersonScores, readyScoreMin: number): QuadrantPlace | null {
  if (scores.mgmtScore === null || scores.leadScore === null) return null;
  const mgmtHigh = scores.mgmtScore >= readyScoreMin;
  const leadHigh = scores.leadScore >= readyScoreMin;
  const quadrant: Quadrant = mgmtHigh
    ? leadHigh
      ? "manages-and-leads"
      : "manager-not-yet-leader"
    : leadHigh
      ? "leads-more-than-manages"
      : "developing";
  return { quadrant, ...QUADRANTS[quadrant], mgmtHigh, leadHigh };
}
