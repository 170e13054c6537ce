import { GAP_FLAGS, type GapFlag } from "./flags";
import type { GapRow } from "./positions";
import type { BenchStrength } from "./successors";

// Comparing two plans (SPEC §8): two snapshots, or a snapshot and now. Pure:
// the server hands in each plan's seats.

export interface PlanSeat {
  row: GapRow;
  // Approved successors' employee ids, by readiness.
  successorIds: { readyNow: readonly string[]; readyIn1to2Years: readonly string[]; readyIn3PlusYears: readonly string[] };
}

export interface SeatChange {
  positionId: string;
  title: string;
  readyNow: { from: number; to: number };
  bench: { from: BenchStrength | null; to: BenchStrength | null }; // null: the seat is not in that plan
  flagsGained: GapFlag[];
  flagsLost: GapFlag[];
  entered: string[]; // people on the slate in `to` and not in `from`
  left: string[];
}

export interface PlanComparison {
  gainedReadyNow: string[]; // seats with no ready-now successor before and one after
  lostReadyNow: string[];
  benchChanged: string[];
  flags: Record<GapFlag, { gained: string[]; lost: string[] }>;
  entered: number;
  left: number;
  seats: SeatChange[]; // only seats where something changed, by positionId
}

const slateOf = (seat: PlanSeat | undefined): Set<string> =>
  new Set(seat ? [...seat.successorIds.readyNow, ...seat.successorIds.readyIn1to2Years, ...seat.successorIds.readyIn3PlusYears] : []);

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => !b.has(x)).sort();

export function comparePlans(from: readonly PlanSeat[], to: readonly PlanSeat[]): PlanComparison {
  const before = new Map(from.map((seat) => [seat.row.positionId, seat]));
  const after = new Map(to.map((seat) => [seat.row.positionId, seat]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const flags = Object.fromEntries(GAP_FLAGS.map((flag) => [flag, { gained: [] as string[], lost: [] as string[] }])) as PlanComparison["flags"];
  const result: PlanComparison = { gainedReadyNow: [], lostReadyNow: [], benchChanged: [], flags, entered: 0, left: 0, seats: [] };
  for (const id of ids) {
    const a = before.get(id);
    const b = after.get(id);
    const readyNow = { from: a?.row.successors.readyNow ?? 0, to: b?.row.successors.readyNow ?? 0 };
    const bench = { from: a?.row.benchStrength ?? null, to: b?.row.benchStrength ?? null };
    const flagsA = new Set<string>(a?.row.flags ?? []);
    const flagsB = new Set<string>(b?.row.flags ?? []);
    const flagsGained = minus(flagsB, flagsA) as GapFlag[];
    const flagsLost = minus(flagsA, flagsB) as GapFlag[];
    const entered = minus(slateOf(b), slateOf(a));
    const left = minus(slateOf(a), slateOf(b));
    if (readyNow.from === 0 && readyNow.to > 0) result.gainedReadyNow.push(id);
    if (readyNow.from > 0 && readyNow.to === 0) result.lostReadyNow.push(id);
    if (bench.from !== bench.to) result.benchChanged.push(id);
    for (const flag of flagsGained) flags[flag].gained.push(id);
    for (const flag of flagsLost) flags[flag].lost.push(id);
    result.entered += entered.length;
    result.left += left.length;
    const changed = readyNow.from !== readyNow.to || bench.from !== bench.to || flagsGained.length + flagsLost.length + entered.length + left.length > 0;
    if (changed) result.seats.push({ positionId: id, title: (b ?? a)!.row.title, readyNow, bench, flagsGained, flagsLost, entered, left });
  }
  return result;
}
