import type { PersonScores } from "@/lib/domain";
import { nineBoxName, quadrantPlace, type Quadrant } from "@/lib/people/placement";

// The two grids of a talent review, shaped from a cycle's placements. Pure,
// so the counts and the names per box are tested without a database.
export interface ReviewPlacement {
  assessmentId: number;
  employeeId: string;
  name: string;
  performance: number; // after calibration, when HR moved the person
  potential: number;
  calibrated: boolean;
  scores: PersonScores;
}

export interface NineBoxCell {
  performance: number;
  potential: number;
  name: string;
  count: number;
  people: ReviewPlacement[]; // sorted by name
}

const byName = (a: ReviewPlacement, b: ReviewPlacement) => a.name.localeCompare(b.name) || a.employeeId.localeCompare(b.employeeId);

// Rows from high potential to low, columns from low performance to high:
// the usual picture, with "Star" at the top right.
export function nineBoxGrid(placements: readonly ReviewPlacement[]): NineBoxCell[][] {
  return [3, 2, 1].map((potential) =>
    [1, 2, 3].map((performance) => {
      const people = placements.filter((p) => p.performance === performance && p.potential === potential).sort(byName);
      return { performance, potential, name: nineBoxName(performance, potential), count: people.length, people };
    }),
  );
}

export interface MatrixCell {
  quadrant: Quadrant;
  label: string;
  description: string;
  count: number;
  people: ReviewPlacement[];
}

// Top row leads (leadership score at the bar or above), right column
// manages: read like the profile's manage/lead plot.
const MATRIX_ORDER: { quadrant: Quadrant; mgmtHigh: boolean; leadHigh: boolean }[] = [
  { quadrant: "leads-more-than-manages", mgmtHigh: false, leadHigh: true },
  { quadrant: "manages-and-leads", mgmtHigh: true, leadHigh: true },
  { quadrant: "developing", mgmtHigh: false, leadHigh: false },
  { quadrant: "manager-not-yet-leader", mgmtHigh: true, leadHigh: false },
];

// Management score × leadership score, split at the readiness bar: the view
// that separates strong managers who are not yet leaders from real leaders.
// People without scores are left out rather than counted as low.
export function manageLeadMatrix(placements: readonly ReviewPlacement[], readyScoreMin: number): MatrixCell[] {
  return MATRIX_ORDER.map(({ quadrant, mgmtHigh, leadHigh }) => {
    const people = placements.filter((p) => quadrantPlace(p.scores, readyScoreMin)?.quadrant === quadrant).sort(byName);
    const sample = quadrantPlace({ mgmtScore: mgmtHigh ? readyScoreMin : -1, leadScore: leadHigh ? readyScoreMin : -1 }, readyScoreMin)!;
    return { quadrant, label: sample.label, description: sample.description, count: people.length, people };
  });
}
