import "server-only";
import type { Tx } from "@/lib/server/infra/db";
import { createdKeys, createdRecords, recordUpdates, type ImportAudit } from "./audit-changes";
import { ORG_UNIT_COLUMNS, orgUnitValues, type NewOrgUnit } from "./org-units";
import type { SeatChanges } from "./seats";
import { updateWhereKeyIn, upsertRows, type Column, type SqlValue } from "./sql";
import type { StoredSeat } from "./stored";
import type { Provider } from "./types";

// Writes shared by people.csv and positions.csv.

type Written = (rows: number) => Promise<void>;

// Parents come first in `units`, so each parentId names a row already there.
export async function writeOrgUnits(tx: Tx, provider: Provider, units: NewOrgUnit[], written?: Written): Promise<void> {
  await upsertRows({
    tx,
    provider,
    written,
    table: "OrgUnit",
    columns: ORG_UNIT_COLUMNS,
    conflict: ["id"],
    update: ["name", "parentId", "depth"],
    rows: units.map(orgUnitValues),
  });
}

const SEAT_COLUMNS: Column[] = [
  ...["positionId", "title", "orgUnitId", "levelCode", "incumbentId"].map((name): Column => ({ name, type: "text" })),
  { name: "critical", type: "bool" },
  { name: "criticalReason", type: "text" },
  { name: "impactOfLoss", type: "text" },
];

function seatValues(seat: StoredSeat): SqlValue[] {
  return [
    seat.positionId, seat.title, seat.orgUnitId, seat.levelCode, seat.incumbentId, seat.critical, seat.criticalReason,
    seat.impactOfLoss,
  ];
}

// Records writeSeats writes: the seats it empties first count too.
export const seatWriteCount = (changes: SeatChanges) => changes.vacate.length + changes.upserts.length;

export async function writeSeats(tx: Tx, provider: Provider, changes: SeatChanges, now: Date, written?: Written): Promise<void> {
  await updateWhereKeyIn({
    tx,
    provider,
    written,
    table: "Position",
    set: { incumbentId: null, updatedAt: now },
    key: "positionId",
    keys: changes.vacate,
  });
  await upsertRows({
    tx,
    provider,
    table: "Position",
    columns: SEAT_COLUMNS,
    stamps: { columns: ["createdAt", "updatedAt"], at: now },
    conflict: ["positionId"],
    update: [...SEAT_COLUMNS.slice(1).map((c) => c.name), "updatedAt"],
    rows: changes.upserts.map(seatValues),
    written,
  });
}

// Imports only ever create org units.
export function orgUnitsAudit(units: readonly NewOrgUnit[]): ImportAudit {
  return { created: createdRecords("org_unit", "OrgUnit", ORG_UNIT_COLUMNS[0]!, ORG_UNIT_COLUMNS, units.map((unit) => unit.id)), updated: [] };
}

// A seat vacated or filled is an update of its incumbentId.
export function seatsAudit(changes: SeatChanges, stored: Map<string, StoredSeat>): ImportAudit {
  const keys = createdKeys(changes.upserts, (seat) => seat.positionId, (id) => stored.has(id));
  return {
    created: createdRecords("position", "Position", SEAT_COLUMNS[0]!, SEAT_COLUMNS, keys),
    updated: recordUpdates("position", changes.upserts, (seat) => seat.positionId, (seat) => stored.get(seat.positionId)),
  };
}
