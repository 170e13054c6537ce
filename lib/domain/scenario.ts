import { zeroFlagCounts, type GapFlag } from "./flags";
import type { HeatmapRow } from "./heatmap";
import { HIGH_RISK_THRESHOLD } from "./risk";
import { computeSnapshot, type Snapshot } from "./snapshot";
import type { BenchStrength, OrgBenchStrength } from "./successors";
import type { EngineInput, IsoDate, PersonInput, PositionInput } from "./types";

// SPEC §9: what if these people leave? A pure function of the engine's
// input; the "after" picture is the same engine run on the scenario's state,
// so no rule exists twice.

export interface ScenarioInput {
  leavers: readonly string[]; // employee ids
  retireBy: IsoDate | null; // everyone active retiring on or before it leaves too
}

export interface ScenarioMove {
  step: number; // 1-based, in the order made
  positionId: string;
  vacatedBy: string; // the leaver or the earlier mover who left the seat
  filledBy: string;
  fromPositionIds: string[]; // the seats the filler leaves, which open in turn
  depth: number; // 1 for a leaver's seat, n + 1 for the seat left by a depth-n mover
}

export type UnfilledReason = "no-ready-now-successor" | "all-moved-or-leaving";

export interface ScenarioUnfilled {
  positionId: string;
  vacatedBy: string;
  depth: number;
  reason: UnfilledReason;
  // The seat's approved ready-now successors and why each could not step in.
  blocked: { employeeId: string; why: "leaving" | "moved" }[];
}

export interface ScenarioFigures {
  flags: Record<GapFlag, number>;
  bench: Record<BenchStrength, number>;
  benchStrength: OrgBenchStrength;
  highRiskSeats: number;
  vacantSeats: number;
}

export interface HeatmapCellChange {
  orgUnitId: string | null;
  orgUnitName: string | null;
  level: string;
  before: Pick<HeatmapRow, "positions" | "highRisk" | "meanRisk" | "maxRisk" | "noReadySuccessor">;
  after: Pick<HeatmapRow, "positions" | "highRisk" | "meanRisk" | "maxRisk" | "noReadySuccessor">;
}

export interface ScenarioResult {
  asOf: IsoDate;
  leavers: string[]; // sorted; the explicit ones and those retiring by retireBy
  moves: ScenarioMove[];
  unfilled: ScenarioUnfilled[];
  depth: number; // the longest chain of moves
  before: ScenarioFigures;
  after: ScenarioFigures;
  heatmapChanges: HeatmapCellChange[];
  afterSnapshot: Snapshot;
}

interface OpenSeat {
  index: number; // into snapshot.positions
  rank: number;
  risk: number;
  positionId: string;
  vacatedBy: string;
  depth: number;
}

// Highest level rank, then highest risk before the scenario, then smallest id.
function comesFirst(a: OpenSeat, b: OpenSeat): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.risk !== b.risk) return a.risk > b.risk;
  return a.positionId < b.positionId;
}

export function scenarioLeavers(snapshot: Snapshot, input: ScenarioInput): string[] {
  const leavers = new Set(input.leavers);
  if (input.retireBy !== null) {
    for (const person of snapshot.people.values()) {
      // §3's retirement date (planned, else eligibility, else the age rule
      // only when HR turned it on): already in PersonDerived.retirement.
      if (person.active && person.retirement.date !== null && person.retirement.date <= input.retireBy) leavers.add(person.employeeId);
    }
  }
  return [...leavers].filter((id) => snapshot.people.get(id)?.active === true).sort();
}

export function figuresOf(snapshot: Snapshot): ScenarioFigures {
  const flags = zeroFlagCounts();
  const bench: Record<BenchStrength, number> = { none: 0, weak: 0, moderate: 0, strong: 0 };
  let highRiskSeats = 0;
  let vacantSeats = 0;
  for (const row of snapshot.positions) {
    for (const flag of row.flags) flags[flag] += 1;
    bench[row.benchStrength] += 1;
    if (row.risk >= HIGH_RISK_THRESHOLD) highRiskSeats += 1;
    if (row.incumbentEmployeeId === null) vacantSeats += 1;
  }
  return { flags, bench, benchStrength: snapshot.benchStrength, highRiskSeats, vacantSeats };
}

const cellOf = (r: HeatmapRow) => ({ positions: r.positions, highRisk: r.highRisk, meanRisk: r.meanRisk, maxRisk: r.maxRisk, noReadySuccessor: r.noReadySuccessor });

function heatmapChanges(before: readonly HeatmapRow[], after: readonly HeatmapRow[]): HeatmapCellChange[] {
  const key = (r: HeatmapRow) => `${r.orgUnitId ?? ""}\u0000${r.level}`;
  const afterByKey = new Map(after.map((r) => [key(r), r]));
  const changes: HeatmapCellChange[] = [];
  for (const b of before) {
    const a = afterByKey.get(key(b));
    if (!a) continue;
    const x = cellOf(b);
    const y = cellOf(a);
    if (x.highRisk !== y.highRisk || x.meanRisk !== y.meanRisk || x.maxRisk !== y.maxRisk || x.noReadySuccessor !== y.noReadySuccessor) {
      changes.push({ orgUnitId: b.orgUnitId, orgUnitName: b.orgUnitName, level: b.level, before: x, after: y });
    }
  }
  return changes;
}

// `before` must be computeSnapshot(input); callers pass the cached one.
export function simulateScenario(input: EngineInput, before: Snapshot, scenario: ScenarioInput): ScenarioResult {
  const leavers = scenarioLeavers(before, scenario);
  const leaving = new Set(leavers);
  const rankOf = new Map(before.levels.map((l) => [l.code, l.rank]));
  const seatsHeldBy = new Map<string, number[]>();
  before.positions.forEach((row, i) => {
    if (row.incumbentEmployeeId === null) return;
    const held = seatsHeldBy.get(row.incumbentEmployeeId);
    if (held) held.push(i);
    else seatsHeldBy.set(row.incumbentEmployeeId, [i]);
  });

  const open: OpenSeat[] = [];
  const openSeatsOf = (personId: string, depth: number) => {
    for (const i of seatsHeldBy.get(personId) ?? []) {
      const row = before.positions[i]!;
      open.push({ index: i, rank: rankOf.get(row.level) ?? 0, risk: row.risk, positionId: row.positionId, vacatedBy: personId, depth });
    }
  };
  for (const id of leavers) openSeatsOf(id, 1);

  const moved = new Set<string>();
  const moves: ScenarioMove[] = [];
  const unfilled: ScenarioUnfilled[] = [];
  const newIncumbent = new Map<string, string | null>(); // positionId → who sits there after
  // A filler only ever leaves the candidate pool, so a seat nobody can fill
  // now stays unfilled: each open seat is decided exactly once.
  while (open.length > 0) {
    let best = 0;
    for (let i = 1; i < open.length; i++) if (comesFirst(open[i]!, open[best]!)) best = i;
    const seat = open.splice(best, 1)[0]!;
    const detail = before.positionDetails[seat.index]!;
    const readyNow = detail.successorIds.readyNow;
    const scoreKey = detail.levelKind === "leadership" ? "leadScore" : "mgmtScore";
    let filler: string | null = null;
    let fillerScore: number | null = null;
    const blocked: ScenarioUnfilled["blocked"] = [];
    for (const id of readyNow) {
      if (leaving.has(id)) {
        blocked.push({ employeeId: id, why: "leaving" });
        continue;
      }
      if (moved.has(id)) {
        blocked.push({ employeeId: id, why: "moved" });
        continue;
      }
      const score = before.people.get(id)?.scores[scoreKey] ?? null;
      // No score sorts last; equal scores go to the smallest employee id.
      const better =
        filler === null ||
        (score !== null && (fillerScore === null || score > fillerScore)) ||
        (score === fillerScore && id < filler);
      if (better) {
        filler = id;
        fillerScore = score;
      }
    }
    if (filler === null) {
      newIncumbent.set(seat.positionId, null);
      unfilled.push({
        positionId: seat.positionId,
        vacatedBy: seat.vacatedBy,
        depth: seat.depth,
        reason: readyNow.length === 0 ? "no-ready-now-successor" : "all-moved-or-leaving",
        blocked,
      });
      continue;
    }
    moved.add(filler);
    newIncumbent.set(seat.positionId, filler);
    const from = (seatsHeldBy.get(filler) ?? []).map((i) => before.positions[i]!.positionId);
    // The filler's own seat opens unless someone already moved into it.
    for (const positionId of from) if (!newIncumbent.has(positionId)) newIncumbent.set(positionId, null);
    moves.push({ step: moves.length + 1, positionId: seat.positionId, vacatedBy: seat.vacatedBy, filledBy: filler, fromPositionIds: from, depth: seat.depth });
    openSeatsOf(filler, seat.depth + 1);
  }

  const afterInput = scenarioState(input, leaving, newIncumbent, moves);
  const afterSnapshot = computeSnapshot(afterInput);
  return {
    asOf: input.asOf,
    leavers,
    moves,
    unfilled,
    depth: moves.reduce((d, m) => Math.max(d, m.depth), 0),
    before: figuresOf(before),
    after: figuresOf(afterSnapshot),
    heatmapChanges: heatmapChanges(before.heatmap, afterSnapshot.heatmap),
    afterSnapshot,
  };
}

// The organization after the scenario, as engine input: leavers inactive,
// each mover in the seat they took (its unit and level, starting in the role
// on the scenario's date), their old seat vacant unless refilled.
function scenarioState(input: EngineInput, leaving: ReadonlySet<string>, newIncumbent: ReadonlyMap<string, string | null>, moves: readonly ScenarioMove[]): EngineInput {
  const positionById = new Map(input.positions.map((p) => [p.positionId, p]));
  const newSeatOf = new Map<string, PositionInput>();
  for (const move of moves) {
    const seat = positionById.get(move.positionId);
    if (seat) newSeatOf.set(move.filledBy, seat);
  }
  const people = input.people.map((p): PersonInput => {
    if (leaving.has(p.employeeId)) return { ...p, active: false };
    const seat = newSeatOf.get(p.employeeId);
    return seat ? { ...p, orgUnitId: seat.orgUnitId, levelCode: seat.levelCode, roleStartDate: input.asOf } : p;
  });
  const positions = input.positions.map((p): PositionInput => (newIncumbent.has(p.positionId) ? { ...p, incumbentId: newIncumbent.get(p.positionId) ?? null } : p));
  return { ...input, people, positions };
}
