import type { StoredSeat } from "./stored";
import type { Counts, PreviewLine } from "@/lib/csv/results";

// Seat writes shared by people.csv (the seat a person holds) and
// positions.csv (seats themselves).

export interface SeatChanges {
  // Seats whose incumbent changes. They are emptied first: Position.incumbentId
  // is unique and PostgreSQL checks that per row, so moving a person from seat
  // A to seat B in one statement could collide with A still holding them.
  vacate: string[];
  upserts: StoredSeat[];
  counts: Counts;
  preview: PreviewLine[];
}

export function sameSeat(a: StoredSeat, b: StoredSeat): boolean {
  return (
    a.title === b.title &&
    a.orgUnitId === b.orgUnitId &&
    a.levelCode === b.levelCode &&
    a.incumbentId === b.incumbentId &&
    a.critical === b.critical &&
    a.criticalReason === b.criticalReason &&
    a.impactOfLoss === b.impactOfLoss
  );
}

// Compares the seats an import wants (by id) with what is stored.
export function diffSeats(wanted: Map<string, StoredSeat>, stored: Map<string, StoredSeat>): SeatChanges {
  const changes: SeatChanges = { vacate: [], upserts: [], counts: { created: 0, updated: 0, unchanged: 0 }, preview: [] };
  for (const seat of wanted.values()) {
    const before = stored.get(seat.positionId);
    if (before && sameSeat(before, seat)) {
      changes.counts.unchanged++;
      continue;
    }
    if (before?.incumbentId && before.incumbentId !== seat.incumbentId) changes.vacate.push(seat.positionId);
    changes.upserts.push(seat);
    changes.counts[before ? "updated" : "created"]++;
    changes.preview.push({ entity: "positions", key: seat.positionId, action: before ? "update" : "create" });
  }
  return changes;
}
