import type { GapFlag } from "./flags";
import type { GapRow } from "./positions";
import type { Snapshot } from "./snapshot";
import type { OrgBenchStrength } from "./successors";
import type { IsoDate } from "./types";

// What one point of the trend (SPEC §8) reads of a date's snapshot, and
// nothing more. A full snapshot at 100,000 people takes hundreds of MB; the
// trend has 26 dates, so it keeps these instead: the organization's bench,
// and for each seat that can count in some reader's point (one with a flag,
// or a critical one) what the reader's seat rule and flag rule look at
// (lib/server/access/permissions.ts) and, if critical, its ready-now successors.
export interface TrendSeat extends Pick<GapRow, "incumbentEmployeeId" | "orgUnitPath" | "flags"> {
  readyNow: readonly string[] | null; // null: not a critical seat
}

export interface TrendFigures {
  asOf: IsoDate;
  organization: OrgBenchStrength;
  seats: readonly TrendSeat[];
}

// Five flags make 32 combinations: seats share one array per combination
// rather than each keeping its own (readers only read them).
const flagSets = new Map<string, GapFlag[]>();

function sharedFlags(flags: readonly GapFlag[]): GapFlag[] {
  const key = flags.join(",");
  let shared = flagSets.get(key);
  if (!shared) flagSets.set(key, (shared = [...flags]));
  return shared;
}

export function trendFigures(snapshot: Snapshot): TrendFigures {
  const seats: TrendSeat[] = [];
  snapshot.positions.forEach((row, i) => {
    if (!row.critical && row.flags.length === 0) return;
    seats.push({
      incumbentEmployeeId: row.incumbentEmployeeId,
      orgUnitPath: row.orgUnitPath,
      flags: sharedFlags(row.flags),
      readyNow: row.critical ? (snapshot.positionDetails[i]?.successorIds.readyNow ?? []) : null,
    });
  });
  return { asOf: snapshot.asOf, organization: snapshot.benchStrength, seats };
}
