import { computeHeatmap, type HeatmapRow } from "./heatmap";
import { buildLadder, type Transition } from "./ladder";
import { buildOrgTree } from "./org-tree";
import { derivePeople, type PersonDerived } from "./people";
import { computePipeline, type PipelineRow } from "./pipeline";
import { evaluatePositions, type GapRow, type PositionDetail } from "./positions";
import { retirementWindows, type RetirementWindows } from "./retirement";
import { latestAssessments } from "./scores";
import { orgBenchStrength, type OrgBenchStrength } from "./successors";
import type { EngineInput, IsoDate, LevelInput, Settings } from "./types";

export interface Snapshot {
  asOf: IsoDate;
  settings: Settings;
  levels: LevelInput[]; // the ladder, lowest rank first
  transitions: Transition[];
  windows: RetirementWindows;
  positions: GapRow[]; // every position, sorted by positionId
  positionDetails: PositionDetail[]; // positionDetails[i] explains positions[i]
  positionIndex: ReadonlyMap<string, number>; // positionId → i
  people: ReadonlyMap<string, PersonDerived>; // by employeeId, leavers included
  benchStrength: OrgBenchStrength;
  pipeline: PipelineRow[]; // organization first, then units by path
  heatmap: HeatmapRow[]; // organization first, then units by path; levels by rank
}

// The whole engine in one pass over Maps: latest assessments, then people,
// then seats and their slates, then the roll-ups. Sorting by key at the start
// of each stage is what makes every output independent of input row order.
// Throws a RangeError only for an as-of that is not a calendar date.
export function computeSnapshot(input: EngineInput): Snapshot {
  const { asOf, settings } = input;
  const windows = retirementWindows(asOf, settings);
  const ladder = buildLadder(input.levels);
  const tree = buildOrgTree(input.orgUnits);
  const latest = latestAssessments(input.cycles, input.assessments);
  const people = derivePeople({ people: input.people, latest, ladder, windows, asOf, settings });

  const { rows, details, indexById } = evaluatePositions({
    positions: input.positions,
    nominations: input.nominations,
    people,
    ladder,
    windows,
    settings,
  });

  const readyNowByCriticalSeat: (readonly string[])[] = [];
  rows.forEach((row, i) => {
    if (row.critical) readyNowByCriticalSeat.push(details[i]?.successorIds.readyNow ?? []);
  });

  const pipeline = computePipeline({ tree, transitions: ladder.transitions, positions: rows, people: people.values(), settings });
  const heatmap = computeHeatmap({ tree, levelCodes: ladder.levels.map((l) => l.code), positions: rows });

  return {
    asOf,
    settings,
    levels: ladder.levels,
    transitions: ladder.transitions,
    windows,
    positions: rows,
    positionDetails: details,
    positionIndex: indexById,
    people,
    benchStrength: orgBenchStrength(readyNowByCriticalSeat),
    pipeline,
    heatmap,
  };
}

// One position's row and its explanation, or null for an unknown id.
export function findPosition(snapshot: Snapshot, positionId: string): { row: GapRow; detail: PositionDetail } | null {
  const i = snapshot.positionIndex.get(positionId);
  if (i === undefined) return null;
  const row = snapshot.positions[i];
  const detail = snapshot.positionDetails[i];
  return row && detail ? { row, detail } : null;
}
