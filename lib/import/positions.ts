import "server-only";
import type { PositionRow } from "@/lib/csv/rows";
import { mergeAudits } from "./audit-changes";
import type { ErrorList } from "./errors";
import type { KindImporter } from "./importer";
import { missingOrgUnits, orgUnitCounts, orgUnitPreview, type NewOrgUnit } from "./org-units";
import { diffSeats, type SeatChanges } from "./seats";
import { loadLadder, loadOrgUnitIds, loadPersonIds, loadSeats, type Ladder, type StoredSeat } from "./stored";
import type { ImportSummary, PreviewLine } from "@/lib/csv/results";
import type { Located } from "./types";
import { orgUnitsAudit, seatsAudit, seatWriteCount, writeOrgUnits, writeSeats } from "./writes";

export interface PositionsState {
  ladder: Ladder;
  orgUnitIds: Set<string>;
  personIds: Set<string>;
  seats: Map<string, StoredSeat>;
}

export interface PositionsPlan {
  orgUnits: NewOrgUnit[];
  seats: SeatChanges;
  summary: ImportSummary;
  preview: PreviewLine[];
}

// positions.csv: seats, vacant or held. A file never gives one person two
// seats: it may move someone only if it also takes them out of the old seat.
export function planPositions(rows: Located<PositionRow>[], state: PositionsState, errors: ErrorList): PositionsPlan | null {
  const before = errors.count;
  const wanted = new Map<string, StoredSeat>();
  const rowOf = new Map<string, number>();
  for (const { row, data } of rows) {
    const firstRow = rowOf.get(data.position_id);
    if (firstRow !== undefined) {
      errors.add(row, "position_id", `position "${data.position_id}" is already on row ${firstRow}; each position appears once`);
      continue;
    }
    rowOf.set(data.position_id, row);
    const levelCode = state.ladder.resolve(data.level);
    if (levelCode === null) errors.add(row, "level", state.ladder.unknown(data.level));
    const incumbent = data.incumbent_employee_id;
    if (incumbent && !state.personIds.has(incumbent)) {
      errors.add(row, "incumbent_employee_id", `unknown incumbent "${incumbent}" (not in Baton; import people.csv first)`);
    }
    const stored = state.seats.get(data.position_id);
    wanted.set(data.position_id, {
      positionId: data.position_id,
      title: data.title,
      orgUnitId: data.org_unit_path,
      levelCode: levelCode ?? data.level,
      incumbentId: incumbent === undefined ? (stored?.incumbentId ?? null) : incumbent,
      critical: data.critical ?? stored?.critical ?? false,
      criticalReason: stored?.criticalReason ?? null,
      impactOfLoss: data.impact_of_loss ?? stored?.impactOfLoss ?? "medium",
    });
  }
  checkOneSeatEach(wanted, rowOf, state.seats, errors);
  if (errors.count > before) return null;

  const orgUnitPaths = new Set([...wanted.values()].map((seat) => seat.orgUnitId));
  const orgUnits = missingOrgUnits(orgUnitPaths, state.orgUnitIds);
  const seats = diffSeats(wanted, state.seats);
  return {
    orgUnits,
    seats,
    summary: { positions: seats.counts, orgUnits: orgUnitCounts(orgUnitPaths, orgUnits) },
    preview: [...orgUnitPreview(orgUnits), ...seats.preview],
  };
}

// After the import, every person holds at most one seat.
function checkOneSeatEach(
  wanted: Map<string, StoredSeat>,
  rowOf: Map<string, number>,
  stored: Map<string, StoredSeat>,
  errors: ErrorList,
): void {
  const seatsOf = new Map<string, string[]>();
  const hold = (personId: string | null, positionId: string) => {
    if (personId === null) return;
    const list = seatsOf.get(personId);
    if (list) list.push(positionId);
    else seatsOf.set(personId, [positionId]);
  };
  for (const seat of stored.values()) if (!wanted.has(seat.positionId)) hold(seat.incumbentId, seat.positionId);
  for (const seat of wanted.values()) hold(seat.incumbentId, seat.positionId);
  for (const [personId, positionIds] of seatsOf) {
    if (positionIds.length < 2) continue;
    for (const positionId of positionIds) {
      const row = rowOf.get(positionId);
      if (row === undefined) continue;
      const others = positionIds
        .filter((other) => other !== positionId)
        .map((other) => {
          const otherRow = rowOf.get(other);
          return `"${other}" (${otherRow === undefined ? "in Baton" : `row ${otherRow}`})`;
        });
      errors.add(
        row,
        "incumbent_employee_id",
        `${personId} would also hold ${others.join(", ")}; a person holds one position, so vacate the other seat in this file`,
      );
    }
  }
}

export function positionsImporter(rows: Located<PositionRow>[]): KindImporter {
  return {
    tables: ["Level", "OrgUnit", "Person", "Position"],
    async stage({ tx, errors }) {
      const state = {
        ladder: await loadLadder(tx),
        orgUnitIds: await loadOrgUnitIds(tx),
        personIds: await loadPersonIds(tx),
        seats: await loadSeats(tx),
      };
      const plan = planPositions(rows, state, errors);
      if (!plan) return null;
      return {
        summary: plan.summary,
        preview: plan.preview,
        hasChanges: plan.orgUnits.length + plan.seats.upserts.length > 0,
        writeCount: plan.orgUnits.length + seatWriteCount(plan.seats),
        async write({ tx: writer, provider, now, written }) {
          await writeOrgUnits(writer, provider, plan.orgUnits, written);
          await writeSeats(writer, provider, plan.seats, now, written);
          return mergeAudits([orgUnitsAudit(plan.orgUnits), seatsAudit(plan.seats, state.seats)]);
        },
      };
    },
  };
}
