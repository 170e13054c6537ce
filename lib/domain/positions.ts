import { gapFlags, isReadinessMismatch, isWatched, singlePointReasons, type GapFlag, type SinglePointReason } from "./flags";
import type { Ladder } from "./ladder";
import { sortedByKey } from "./order";
import type { PersonDerived } from "./people";
import { isRetiringWithinWatch, NO_RETIREMENT, type RetirementWindows } from "./retirement";
import { positionRisk } from "./risk";
import { benchStrength, isMoreReady, totalSuccessors, type BenchStrength, type SuccessorCounts } from "./successors";
import type { FlightRisk, Impact, IsoDate, NominationInput, PositionInput, Readiness, RetirementSource, RoleKind, Settings } from "./types";
import { vacancyRisk, type VacancyRisk } from "./vacancy";

// A row of the gap report: exactly the fields and order of SPEC §7.
export interface GapRow {
  positionId: string;
  title: string;
  orgUnitPath: string;
  level: string;
  critical: boolean;
  impactOfLoss: Impact;
  incumbentEmployeeId: string | null;
  retirementDate: IsoDate | null;
  retirementSource: RetirementSource | null;
  vacancyRisk: VacancyRisk;
  successors: SuccessorCounts;
  benchStrength: BenchStrength;
  flags: GapFlag[];
  risk: number;
}

// What the slate and the drill-down need to explain a row, beyond the row.
export interface PositionDetail {
  levelKind: RoleKind | null;
  watched: boolean;
  // As recorded, even when that person has left (the row then shows a vacancy).
  recordedIncumbentId: string | null;
  incumbentRetiringSoon: boolean;
  incumbentFlightRisk: FlightRisk | null;
  successorIds: { readyNow: readonly string[]; readyIn1to2Years: readonly string[]; readyIn3PlusYears: readonly string[] };
  singlePointReasons: readonly SinglePointReason[];
  mismatchedNominationIds: readonly number[];
}

// Most seats have no slate; they all share these instead of allocating
// empty arrays 100,000 times.
const NO_IDS: readonly string[] = Object.freeze([]);
const NO_SUCCESSOR_IDS: PositionDetail["successorIds"] = Object.freeze({ readyNow: NO_IDS, readyIn1to2Years: NO_IDS, readyIn3PlusYears: NO_IDS });
const NO_REASONS: readonly SinglePointReason[] = Object.freeze([]);
const NO_NOMINATIONS: readonly number[] = Object.freeze([]);

function slateIds(slate: ReadonlyMap<string, Readiness> | undefined): PositionDetail["successorIds"] {
  if (!slate) return NO_SUCCESSOR_IDS;
  const readyNow: string[] = [];
  const readyIn1to2Years: string[] = [];
  const readyIn3PlusYears: string[] = [];
  for (const [id, readiness] of slate) {
    (readiness === "ready_now" ? readyNow : readiness === "1_2_years" ? readyIn1to2Years : readyIn3PlusYears).push(id);
  }
  return { readyNow: readyNow.sort(), readyIn1to2Years: readyIn1to2Years.sort(), readyIn3PlusYears: readyIn3PlusYears.sort() };
}

export interface EvaluatePositionsInput {
  positions: readonly PositionInput[];
  nominations: readonly NominationInput[];
  people: ReadonlyMap<string, PersonDerived>;
  ladder: Ladder;
  windows: RetirementWindows;
  settings: Settings;
}

export interface EvaluatedPositions {
  rows: GapRow[]; // sorted by positionId
  details: PositionDetail[]; // details[i] explains rows[i]
  indexById: Map<string, number>; // positionId → index into rows and details
}

// Somebody who has left, or whom the engine does not know, neither holds a
// seat nor can step into one.
function activePerson(people: ReadonlyMap<string, PersonDerived>, id: string | null): PersonDerived | null {
  if (id === null) return null;
  const person = people.get(id);
  return person && person.active ? person : null;
}

// A nomination's status decides what it counts for: successors are approved
// only (SPEC §3); a "ready now" claim is worth checking while it is still live
// (proposed or approved). Withdrawn and succeeded ones are history.
const CLAIMS_READINESS = new Set(["proposed", "approved"]);

export type Slate = ReadonlyMap<string, Readiness>;

// What a seat's nominations amount to: its slate (each approved successor
// once, at the most ready of their entries) and the live ready-now claims
// its seat's level does not support.
export interface SeatNominations {
  slate: Slate | undefined;
  mismatchedNominationIds: readonly number[];
}

export interface SeatContext {
  people: ReadonlyMap<string, PersonDerived>;
  ladder: Ladder;
  windows: RetirementWindows;
  settings: Settings;
}

export function seatNominations(
  position: PositionInput,
  nominations: Iterable<NominationInput> | undefined,
  context: SeatContext,
): SeatNominations {
  if (!nominations) return { slate: undefined, mismatchedNominationIds: NO_NOMINATIONS };
  const { people, ladder, settings } = context;
  const incumbent = activePerson(people, position.incumbentId);
  let slate: Map<string, Readiness> | undefined;
  let mismatches: number[] | undefined;
  for (const nomination of nominations) {
    const candidate = activePerson(people, nomination.candidateId);
    // Nobody succeeds themselves.
    if (!candidate || candidate.employeeId === incumbent?.employeeId) continue;
    if (nomination.status === "approved") {
      slate ??= new Map();
      const current = slate.get(candidate.employeeId);
      if (current === undefined || isMoreReady(nomination.readiness, current)) slate.set(candidate.employeeId, nomination.readiness);
    }
    if (
      CLAIMS_READINESS.has(nomination.status) &&
      nomination.readiness === "ready_now" &&
      isReadinessMismatch(ladder.kindOf(position.levelCode), candidate.scores, settings.readyScoreMin)
    ) {
      (mismatches ??= []).push(nomination.id);
    }
  }
  return { slate, mismatchedNominationIds: mismatches ? mismatches.sort((a, b) => a - b) : NO_NOMINATIONS };
}

// How many slates name each person as their only successor.
export function countSoleSuccessors(slates: Iterable<Slate | undefined>): Map<string, number> {
  const soleSuccessorOf = new Map<string, number>();
  for (const slate of slates) {
    if (slate?.size !== 1) continue;
    for (const id of slate.keys()) soleSuccessorOf.set(id, (soleSuccessorOf.get(id) ?? 0) + 1);
  }
  return soleSuccessorOf;
}

// One seat's row and explanation, given its slate and the sole-successor
// counts of the whole organization.
export function evaluateSeat(
  position: PositionInput,
  nominations: SeatNominations,
  soleSuccessorOf: ReadonlyMap<string, number>,
  context: SeatContext,
): { row: GapRow; detail: PositionDetail } {
  const { people, ladder } = context;
  const incumbent = activePerson(people, position.incumbentId);
  const levelKind = ladder.kindOf(position.levelCode);
  const watched = isWatched(position.critical, levelKind);
  const retirement = incumbent ? incumbent.retirement : NO_RETIREMENT;
  const incumbentRetiringSoon = incumbent ? incumbent.retiringSoon : false;
  const incumbentFlightRisk = incumbent ? incumbent.flightRisk : null;

  const successorIds = slateIds(nominations.slate);
  const successors: SuccessorCounts = {
    readyNow: successorIds.readyNow.length,
    readyIn1to2Years: successorIds.readyIn1to2Years.length,
    readyIn3PlusYears: successorIds.readyIn3PlusYears.length,
  };

  let reasons = NO_REASONS;
  if (totalSuccessors(successors) === 1) {
    const soleId = successorIds.readyNow[0] ?? successorIds.readyIn1to2Years[0] ?? successorIds.readyIn3PlusYears[0] ?? "";
    const sole = people.get(soleId);
    if (sole) {
      reasons = singlePointReasons({ retiringSoon: sole.retiringSoon, flightRisk: sole.flightRisk, soleSuccessorOf: soleSuccessorOf.get(soleId) ?? 0 });
    }
  }

  const { mismatchedNominationIds } = nominations;
  const vacancy = vacancyRisk({
    vacant: incumbent === null,
    retiringSoon: incumbentRetiringSoon,
    retiringWithinWatch: isRetiringWithinWatch(retirement.date, context.windows),
    flightRisk: incumbentFlightRisk,
  });

  const row: GapRow = {
    positionId: position.positionId,
    title: position.title,
    orgUnitPath: position.orgUnitId,
    level: position.levelCode,
    critical: position.critical,
    impactOfLoss: position.impactOfLoss,
    incumbentEmployeeId: incumbent ? incumbent.employeeId : null,
    retirementDate: retirement.date,
    retirementSource: retirement.source,
    vacancyRisk: vacancy,
    successors,
    benchStrength: benchStrength(successors),
    flags: gapFlags({
      watched,
      incumbentRetiringSoon,
      incumbentStuck: incumbent ? incumbent.stuck.stuck : false,
      successors,
      singlePointReasons: reasons,
      readinessMismatch: mismatchedNominationIds.length > 0,
    }),
    risk: positionRisk({ vacancyRisk: vacancy, vacant: incumbent === null, impactOfLoss: position.impactOfLoss, successors }),
  };
  const detail: PositionDetail = {
    levelKind,
    watched,
    recordedIncumbentId: position.incumbentId,
    incumbentRetiringSoon,
    incumbentFlightRisk,
    successorIds,
    singlePointReasons: reasons,
    mismatchedNominationIds,
  };
  return { row, detail };
}

// Nominations grouped by the index of their seat; those of unknown seats dropped.
export function nominationsBySeat(nominations: readonly NominationInput[], indexById: ReadonlyMap<string, number>): Map<number, NominationInput[]> {
  const bySeat = new Map<number, NominationInput[]>();
  for (const nomination of nominations) {
    const seat = indexById.get(nomination.positionId);
    if (seat === undefined) continue;
    const list = bySeat.get(seat);
    if (list) list.push(nomination);
    else bySeat.set(seat, [nomination]);
  }
  return bySeat;
}

export interface EvaluatedPositionsWithSlates extends EvaluatedPositions {
  positions: readonly PositionInput[]; // sorted by positionId, as rows
  nominationsBySeat: Map<number, NominationInput[]>;
  slates: (Slate | undefined)[];
  soleSuccessorOf: Map<string, number>;
}

export function evaluatePositionsWithSlates(input: EvaluatePositionsInput): EvaluatedPositionsWithSlates {
  const positions = sortedByKey(input.positions, (p) => p.positionId);
  const indexById = new Map<string, number>();
  positions.forEach((p, i) => indexById.set(p.positionId, i));
  const bySeat = nominationsBySeat(input.nominations, indexById);
  const seatNoms = positions.map((position, seat) => seatNominations(position, bySeat.get(seat), input));
  const slates = seatNoms.map((n) => n.slate);
  const soleSuccessorOf = countSoleSuccessors(slates);
  const rows: GapRow[] = [];
  const details: PositionDetail[] = [];
  positions.forEach((position, seat) => {
    const { row, detail } = evaluateSeat(position, seatNoms[seat]!, soleSuccessorOf, input);
    rows.push(row);
    details.push(detail);
  });
  return { rows, details, indexById, positions, nominationsBySeat: bySeat, slates, soleSuccessorOf };
}

export function evaluatePositions(input: EvaluatePositionsInput): EvaluatedPositions {
  const { rows, details, indexById } = evaluatePositionsWithSlates(input);
  return { rows, details, indexById };
}
