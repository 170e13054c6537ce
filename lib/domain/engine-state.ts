import { parseIsoDate, type CalendarDate } from "./dates";
import { createHeatmapTally, heatmapRows, tallyHeatmapPosition, type HeatmapTally } from "./heatmap";
import { buildLadder, type Ladder } from "./ladder";
import { buildOrgTree } from "./org-tree";
import { derivePeople, derivePerson, type PersonDerived } from "./people";
import { createPipelineTally, pipelineRows, tallyPipelinePerson, tallyPipelinePosition, type PipelineTally } from "./pipeline";
import { evaluatePositionsWithSlates, evaluateSeat, seatNominations, type GapRow, type PositionDetail, type SeatContext, type Slate } from "./positions";
import { retirementWindows, type RetirementWindows } from "./retirement";
import { latestAssessmentOf, latestAssessments, type LatestAssessment } from "./scores";
import type { Snapshot } from "./snapshot";
import { orgBenchStrength } from "./successors";
import type { AssessmentInput, CycleInput, EngineInput, NominationInput, PersonInput, PositionInput } from "./types";

// The engine's snapshot plus what it takes to change it without computing it
// again: which seats a person holds or is named for, each seat's
// nominations and slate, and the heatmap's and pipeline's counters.
//
// A nomination touches its seat, the other seats of the people on that
// seat's slate (a sole successor's count, so single-point reasons), and the
// aggregates; an assessment touches its person and the seats they hold or
// are named for. Anything else (an import, a setting) is a new
// buildEngineState. The snapshot of a state is never changed: applying
// changes makes new arrays and maps for what changed and shares the rest.
// The index, though, is handed on to the new state (copying it would cost
// as much as the change), so a state can be changed once: the old one's
// snapshot stays readable, a second applyEngineChanges to it is refused.

export type EngineChange =
  // The nomination as it now is, or null when it is gone.
  | { kind: "nomination"; id: number; row: NominationInput | null }
  // Every submitted assessment the person now has.
  | { kind: "assessments"; personId: string; rows: AssessmentInput[] };

interface EngineIndex {
  ladder: Ladder;
  windows: RetirementWindows;
  asOfDate: CalendarDate | string;
  cycleById: Map<number, CycleInput>;
  personById: Map<string, PersonInput>;
  latest: Map<string, LatestAssessment>;
  positions: readonly PositionInput[]; // sorted, as snapshot.positions
  nominationById: Map<number, NominationInput>;
  nominationsBySeat: Map<number, NominationInput[]>;
  seatsOfCandidate: Map<string, Set<number>>;
  seatsOfIncumbent: Map<string, number[]>; // by the recorded incumbent
  slates: (Slate | undefined)[];
  soleSuccessorOf: Map<string, number>;
  criticalSeats: number[];
  heatmap: HeatmapTally;
  pipeline: PipelineTally;
}

export interface EngineState {
  input: EngineInput;
  snapshot: Snapshot;
  // Private to this module; null once handed on to a newer state.
  index: EngineIndex | null;
}

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function benchOf(details: readonly PositionDetail[], criticalSeats: readonly number[]) {
  return orgBenchStrength(criticalSeats.map((seat) => details[seat]?.successorIds.readyNow ?? []));
}

export function buildEngineState(input: EngineInput): EngineState {
  const { asOf, settings } = input;
  const windows = retirementWindows(asOf, settings);
  const ladder = buildLadder(input.levels);
  const tree = buildOrgTree(input.orgUnits);
  const latest = latestAssessments(input.cycles, input.assessments);
  const people = derivePeople({ people: input.people, latest, ladder, windows, asOf, settings });
  const evaluated = evaluatePositionsWithSlates({ positions: input.positions, nominations: input.nominations, people, ladder, windows, settings });
  const { rows, details, indexById, positions } = evaluated;

  const seatsOfCandidate = new Map<string, Set<number>>();
  for (const [seat, nominations] of evaluated.nominationsBySeat) for (const n of nominations) addToSet(seatsOfCandidate, n.candidateId, seat);
  const seatsOfIncumbent = new Map<string, number[]>();
  const criticalSeats: number[] = [];
  positions.forEach((p, seat) => {
    if (p.incumbentId !== null) seatsOfIncumbent.set(p.incumbentId, [...(seatsOfIncumbent.get(p.incumbentId) ?? []), seat]);
    if (rows[seat]?.critical) criticalSeats.push(seat);
  });
  const heatmap = createHeatmapTally({ tree, levelCodes: ladder.levels.map((l) => l.code), positions: rows });
  const pipeline = createPipelineTally({ tree, transitions: ladder.transitions, positions: rows, people: people.values(), settings });

  const index: EngineIndex = {
    ladder,
    windows,
    asOfDate: parseIsoDate(asOf) ?? asOf,
    cycleById: new Map(input.cycles.map((c) => [c.id, c])),
    personById: new Map(input.people.map((p) => [p.employeeId, p])),
    latest,
    positions,
    nominationById: new Map(input.nominations.map((n) => [n.id, n])),
    nominationsBySeat: evaluated.nominationsBySeat,
    seatsOfCandidate,
    seatsOfIncumbent,
    slates: evaluated.slates,
    soleSuccessorOf: evaluated.soleSuccessorOf,
    criticalSeats,
    heatmap,
    pipeline,
  };
  const snapshot: Snapshot = {
    asOf,
    settings,
    levels: ladder.levels,
    transitions: ladder.transitions,
    windows,
    positions: rows,
    positionDetails: details,
    positionIndex: indexById,
    people,
    benchStrength: benchOf(details, criticalSeats),
    pipeline: pipelineRows(pipeline),
    heatmap: heatmapRows(heatmap),
  };
  return { input, snapshot, index };
}

// The input after the changes, sharing every untouched row.
export function applyChangesToInput<I extends Pick<EngineInput, "nominations" | "assessments">>(input: I, changes: readonly EngineChange[]): I {
  const nominations = new Map<number, NominationInput | null>();
  const assessments = new Map<string, AssessmentInput[]>();
  for (const change of changes) {
    if (change.kind === "nomination") nominations.set(change.id, change.row);
    else assessments.set(change.personId, change.rows);
  }
  let nextNominations = input.nominations;
  if (nominations.size > 0) {
    const seen = new Set<number>();
    nextNominations = [];
    for (const n of input.nominations) {
      const replaced = nominations.get(n.id);
      if (replaced === undefined) nextNominations.push(n);
      else if (replaced !== null && !seen.has(n.id)) nextNominations.push(replaced);
      seen.add(n.id);
    }
    for (const [id, row] of nominations) if (row !== null && !seen.has(id)) nextNominations.push(row);
  }
  let nextAssessments = input.assessments;
  if (assessments.size > 0) {
    nextAssessments = input.assessments.filter((a) => !assessments.has(a.personId));
    for (const rows of assessments.values()) nextAssessments.push(...rows);
  }
  return { ...input, nominations: nextNominations, assessments: nextAssessments };
}

function removeNomination(index: EngineIndex, old: NominationInput, seatOf: (id: string) => number | undefined) {
  index.nominationById.delete(old.id);
  const seat = seatOf(old.positionId);
  if (seat === undefined) return;
  const remaining = (index.nominationsBySeat.get(seat) ?? []).filter((n) => n.id !== old.id);
  if (remaining.length > 0) index.nominationsBySeat.set(seat, remaining);
  else index.nominationsBySeat.delete(seat);
  if (!remaining.some((n) => n.candidateId === old.candidateId)) {
    const seats = index.seatsOfCandidate.get(old.candidateId);
    seats?.delete(seat);
    if (seats?.size === 0) index.seatsOfCandidate.delete(old.candidateId);
  }
}

function addNomination(index: EngineIndex, row: NominationInput, seatOf: (id: string) => number | undefined) {
  index.nominationById.set(row.id, row);
  const seat = seatOf(row.positionId);
  if (seat === undefined) return;
  index.nominationsBySeat.set(seat, [...(index.nominationsBySeat.get(seat) ?? []), row]);
  addToSet(index.seatsOfCandidate, row.candidateId, seat);
}

function soleOf(slate: Slate | undefined): string | null {
  if (slate?.size !== 1) return null;
  for (const id of slate.keys()) return id;
  return null;
}

// `input` is applyChangesToInput(state.input, changes), computed once and
// shared by the states of every as-of date.
export function applyEngineChanges(state: EngineState, input: EngineInput, changes: readonly EngineChange[]): EngineState {
  const index = state.index;
  if (!index) throw new Error("this engine state has already been changed; apply to the newer one");
  state.index = null;
  const old = state.snapshot;
  const seatOf = (positionId: string) => old.positionIndex.get(positionId);

  const slateSeats = new Set<number>();
  const changedPeople = new Set<string>();
  for (const change of changes) {
    if (change.kind === "nomination") {
      const before = index.nominationById.get(change.id);
      if (before) {
        removeNomination(index, before, seatOf);
        const seat = seatOf(before.positionId);
        if (seat !== undefined) slateSeats.add(seat);
      }
      if (change.row) {
        addNomination(index, change.row, seatOf);
        const seat = seatOf(change.row.positionId);
        if (seat !== undefined) slateSeats.add(seat);
      }
    } else {
      const latest = latestAssessmentOf(index.cycleById, change.rows);
      if (latest) index.latest.set(change.personId, latest);
      else index.latest.delete(change.personId);
      changedPeople.add(change.personId);
    }
  }

  // People first: seats read them.
  const people = changedPeople.size > 0 ? new Map(old.people) : (old.people as Map<string, PersonDerived>);
  const derive = { latest: index.latest, ladder: index.ladder, windows: index.windows, asOf: index.asOfDate, settings: old.settings };
  for (const id of changedPeople) {
    const person = index.personById.get(id);
    const before = old.people.get(id);
    if (!person || !before) continue;
    const after = derivePerson(person, derive);
    tallyPipelinePerson(index.pipeline, before, -1);
    tallyPipelinePerson(index.pipeline, after, 1);
    people.set(id, after);
  }

  const context: SeatContext = { people, ladder: index.ladder, windows: index.windows, settings: old.settings };
  const touched = new Set(slateSeats);
  for (const id of changedPeople) {
    for (const seat of index.seatsOfIncumbent.get(id) ?? []) touched.add(seat);
    for (const seat of index.seatsOfCandidate.get(id) ?? []) touched.add(seat);
  }
  // A slate that changed size can change who is somebody's only successor,
  // and so the single-point reasons on that person's other seats.
  const soleChanged = new Set<string>();
  const newNominations = new Map<number, ReturnType<typeof seatNominations>>();
  for (const seat of touched) {
    const position = index.positions[seat]!;
    const nominations = seatNominations(position, index.nominationsBySeat.get(seat), context);
    newNominations.set(seat, nominations);
    const before = soleOf(index.slates[seat]);
    const after = soleOf(nominations.slate);
    if (before !== after) {
      if (before !== null) {
        const count = (index.soleSuccessorOf.get(before) ?? 0) - 1;
        if (count > 0) index.soleSuccessorOf.set(before, count);
        else index.soleSuccessorOf.delete(before);
        soleChanged.add(before);
      }
      if (after !== null) {
        index.soleSuccessorOf.set(after, (index.soleSuccessorOf.get(after) ?? 0) + 1);
        soleChanged.add(after);
      }
    }
    index.slates[seat] = nominations.slate;
  }
  for (const id of soleChanged) for (const seat of index.seatsOfCandidate.get(id) ?? []) touched.add(seat);

  const positions: GapRow[] = [...old.positions];
  const details: PositionDetail[] = [...old.positionDetails];
  let benchChanged = false;
  for (const seat of touched) {
    const position = index.positions[seat]!;
    const nominations =
      newNominations.get(seat) ?? { slate: index.slates[seat], mismatchedNominationIds: old.positionDetails[seat]?.mismatchedNominationIds ?? [] };
    const { row, detail } = evaluateSeat(position, nominations, index.soleSuccessorOf, context);
    const before = old.positions[seat]!;
    tallyHeatmapPosition(index.heatmap, before, -1);
    tallyHeatmapPosition(index.heatmap, row, 1);
    tallyPipelinePosition(index.pipeline, before, -1);
    tallyPipelinePosition(index.pipeline, row, 1);
    if (row.critical) benchChanged = true;
    positions[seat] = row;
    details[seat] = detail;
  }

  const snapshot: Snapshot = {
    ...old,
    positions,
    positionDetails: details,
    people,
    benchStrength: benchChanged ? benchOf(details, index.criticalSeats) : old.benchStrength,
    pipeline: pipelineRows(index.pipeline, old.pipeline),
    heatmap: heatmapRows(index.heatmap, old.heatmap),
  };
  return { input, snapshot, index };
}

// The seats whose rows differ between two snapshots of one organization
// (same seats, same order): what a sorted order has to re-place.
export function changedSeats(before: Snapshot, after: Snapshot): number[] {
  const seats: number[] = [];
  for (let i = 0; i < after.positions.length; i++) if (before.positions[i] !== after.positions[i]) seats.push(i);
  return seats;
}
