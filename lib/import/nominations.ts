import "server-only";
import type { NominationRow } from "@/lib/csv/rows";
import type { Tx } from "@/lib/server/infra/db";
import { changedFields, createdRecords, type ImportAudit, type RecordUpdate } from "./audit-changes";
import type { ErrorList } from "./errors";
import type { KindImporter } from "./importer";
import { upsertRowsReturning, type Column, type SqlValue } from "./sql";
import { loadPersonIds } from "./stored";
import type { Counts, ImportSummary, PreviewLine } from "@/lib/csv/results";
import type { Located } from "./types";

interface NominationFields {
  nominatedById: string | null;
  readiness: string;
  emergency: boolean;
  rationale: string | null;
  status: string;
}

interface NominationWrite extends NominationFields {
  positionId: string;
  candidateId: string;
}

export interface NominationsState {
  personIds: Set<string>;
  // Position id → its incumbent (null when vacant).
  incumbents: Map<string, string | null>;
  // By `${positionId}\0${candidateId}`.
  nominations: Map<string, NominationFields>;
}

export interface NominationsPlan {
  nominations: NominationWrite[];
  summary: ImportSummary;
  preview: PreviewLine[];
}

// NUL cannot occur in a cell (parseCsv refuses it), so keys cannot collide.
const keyOf = (positionId: string, candidateId: string) => `${positionId}\u0000${candidateId}`;

function fieldsOf(data: NominationRow, before: NominationFields | undefined): NominationFields {
  return {
    nominatedById:
      data.nominated_by_employee_id === undefined ? (before?.nominatedById ?? null) : data.nominated_by_employee_id,
    readiness: data.readiness,
    // Defaulted fields keep their stored value when the cell is empty.
    emergency: data.emergency ?? before?.emergency ?? false,
    rationale: data.rationale === undefined ? (before?.rationale ?? null) : data.rationale,
    status: data.status ?? before?.status ?? "proposed",
  };
}

function sameFields(a: NominationFields, b: NominationFields): boolean {
  return (Object.keys(a) as (keyof NominationFields)[]).every((field) => a[field] === b[field]);
}

export function planNominations(rows: Located<NominationRow>[], state: NominationsState, errors: ErrorList): NominationsPlan | null {
  const before = errors.count;
  const rowOf = new Map<string, number>();
  for (const { row, data } of rows) {
    const { position_id: positionId, candidate_employee_id: candidateId } = data;
    const firstRow = rowOf.get(keyOf(positionId, candidateId));
    if (firstRow !== undefined) {
      errors.add(row, "candidate_employee_id", `${candidateId} is already nominated for "${positionId}" on row ${firstRow}`);
    }
    rowOf.set(keyOf(positionId, candidateId), firstRow ?? row);
    const incumbent = state.incumbents.get(positionId);
    if (incumbent === undefined) {
      errors.add(row, "position_id", `unknown position "${positionId}" (not in Baton; import people.csv or positions.csv first)`);
    } else if (incumbent === candidateId) {
      errors.add(row, "candidate_employee_id", `${candidateId} holds "${positionId}" already and cannot succeed themselves`);
    }
    if (!state.personIds.has(candidateId)) {
      errors.add(row, "candidate_employee_id", `unknown candidate "${candidateId}" (not in Baton)`);
    }
    const nominator = data.nominated_by_employee_id;
    if (nominator && !state.personIds.has(nominator)) {
      errors.add(row, "nominated_by_employee_id", `unknown nominator "${nominator}" (not in Baton)`);
    }
  }
  if (errors.count > before) return null;

  const nominations: NominationWrite[] = [];
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const preview: PreviewLine[] = [];
  for (const { data } of rows) {
    const stored = state.nominations.get(keyOf(data.position_id, data.candidate_employee_id));
    const fields = fieldsOf(data, stored);
    if (stored && sameFields(stored, fields)) {
      counts.unchanged++;
      continue;
    }
    nominations.push({ ...fields, positionId: data.position_id, candidateId: data.candidate_employee_id });
    counts[stored ? "updated" : "created"]++;
    preview.push({
      entity: "nominations",
      key: `${data.position_id} / ${data.candidate_employee_id}`,
      action: stored ? "update" : "create",
    });
  }
  return { nominations, summary: { nominations: counts }, preview };
}

async function loadState(tx: Tx): Promise<NominationsState> {
  const seats = await tx.position.findMany({ select: { positionId: true, incumbentId: true } });
  const stored = await tx.nomination.findMany({
    select: { positionId: true, candidateId: true, nominatedById: true, readiness: true, emergency: true, rationale: true, status: true },
  });
  return {
    personIds: await loadPersonIds(tx),
    incumbents: new Map(seats.map((seat) => [seat.positionId, seat.incumbentId])),
    nominations: new Map(stored.map(({ positionId, candidateId, ...fields }) => [keyOf(positionId, candidateId), fields])),
  };
}

const text = (name: string): Column => ({ name, type: "text" });
const COLUMNS: Column[] = [
  ...["positionId", "candidateId", "nominatedById", "readiness"].map(text),
  { name: "emergency", type: "bool" },
  ...["rationale", "status"].map(text),
];

function nominationValues(n: NominationWrite): SqlValue[] {
  return [n.positionId, n.candidateId, n.nominatedById, n.readiness, n.emergency, n.rationale, n.status];
}

// Named by id in the audit log, as the app's own nomination events are (the
// profile and the nominator check look them up so).
function nominationsAudit(
  nominations: NominationWrite[],
  written: Record<string, unknown>[],
  stored: NominationsState["nominations"],
): ImportAudit {
  const ids = new Map(written.map((row) => [keyOf(String(row.positionId), String(row.candidateId)), Number(row.id)]));
  const keys: number[] = [];
  const updated: RecordUpdate[] = [];
  for (const { positionId, candidateId, ...fields } of nominations) {
    const key = keyOf(positionId, candidateId);
    const id = ids.get(key);
    if (id === undefined) throw new Error(`no id returned for nomination ${positionId} / ${candidateId}`);
    const before = stored.get(key);
    const diff = before && changedFields(before, fields);
    if (!before) keys.push(id);
    else if (diff) updated.push({ entity: "nomination", entityId: String(id), ...diff });
  }
  return { created: createdRecords("nomination", "Nomination", { name: "id", type: "int" }, COLUMNS, keys), updated };
}

export function nominationsImporter(rows: Located<NominationRow>[]): KindImporter {
  return {
    tables: ["Person", "Position", "Nomination"],
    async stage({ tx, errors }) {
      const state = await loadState(tx);
      const plan = planNominations(rows, state, errors);
      if (!plan) return null;
      return {
        summary: plan.summary,
        preview: plan.preview,
        hasChanges: plan.nominations.length > 0,
        writeCount: plan.nominations.length,
        async write({ tx: writer, provider, now, written }) {
          const ids = await upsertRowsReturning({
            tx: writer,
            provider,
            table: "Nomination",
            columns: COLUMNS,
            stamps: { columns: ["createdAt", "updatedAt"], at: now },
            conflict: ["positionId", "candidateId"],
            update: ["nominatedById", "readiness", "emergency", "rationale", "status", "updatedAt"],
            // A decision made in the app against the old version must not
            // silently win over the import (optimistic concurrency).
            alsoSet: [`"version" = "Nomination"."version" + 1`],
            rows: plan.nominations.map(nominationValues),
            written,
            returning: ["id", "positionId", "candidateId"],
          });
          return nominationsAudit(plan.nominations, ids, state.nominations);
        },
      };
    },
  };
}
