import "server-only";
import type { AssessmentRow } from "@/lib/csv/rows";
import type { Tx } from "@/lib/server/infra/db";
import { changedFields, createdRecords, mergeAudits, recordUpdates, type ImportAudit, type RecordUpdate } from "./audit-changes";
import type { ErrorList } from "./errors";
import type { KindImporter } from "./importer";
import { upsertRowsReturning, type Column, type SqlValue } from "./sql";
import { loadPersonIds } from "./stored";
import type { Counts, ImportSummary, PreviewLine } from "@/lib/csv/results";
import type { Located } from "./types";

// The fields an assessments.csv row sets; calibration and ids stay as stored.
interface AssessmentFields {
  status: string;
  performance: number;
  potential: number;
  mgmtPlanning: number;
  mgmtOrganizing: number;
  mgmtControlling: number;
  mgmtProblemSolving: number;
  leadDirection: number;
  leadAlignment: number;
  leadInspiration: number;
  leadChange: number;
  leadershipTimePct: number;
  flightRisk: string;
  assessorId: string | null;
  notes: string | null;
}

export interface AssessmentsState {
  personIds: Set<string>;
  cycles: Map<string, { id: number; cycleDate: string }>;
  // By `${personId} ${cycleId}`.
  // As stored: a draft in the app may have answers still blank.
  assessments: Map<string, StoredFields>;
}

type StoredFields = { [K in keyof AssessmentFields]: AssessmentFields[K] | null };

interface CycleWrite {
  name: string;
  cycleDate: string;
}

interface AssessmentWrite extends AssessmentFields {
  personId: string;
  cycleName: string;
}

export interface AssessmentsPlan {
  cycles: CycleWrite[];
  assessments: AssessmentWrite[];
  summary: ImportSummary;
  preview: PreviewLine[];
}

const storedKey = (personId: string, cycleId: number) => `${personId} ${cycleId}`;

function fieldsOf(data: AssessmentRow, before: StoredFields | undefined): AssessmentFields {
  return {
    // An imported assessment is a finished one.
    status: "submitted",
    performance: data.performance,
    potential: data.potential,
    mgmtPlanning: data.mgmt_planning,
    mgmtOrganizing: data.mgmt_organizing,
    mgmtControlling: data.mgmt_controlling,
    mgmtProblemSolving: data.mgmt_problem_solving,
    leadDirection: data.lead_direction,
    leadAlignment: data.lead_alignment,
    leadInspiration: data.lead_inspiration,
    leadChange: data.lead_change,
    leadershipTimePct: data.leadership_time_pct,
    flightRisk: data.flight_risk,
    assessorId: data.assessor_employee_id === undefined ? (before?.assessorId ?? null) : data.assessor_employee_id,
    notes: data.notes === undefined ? (before?.notes ?? null) : data.notes,
  };
}

function sameFields(a: StoredFields, b: AssessmentFields): boolean {
  return (Object.keys(a) as (keyof AssessmentFields)[]).every((field) => a[field] === b[field]);
}

export function planAssessments(
  rows: Located<AssessmentRow>[],
  state: AssessmentsState,
  errors: ErrorList,
  today: string,
): AssessmentsPlan | null {
  const before = errors.count;
  const rowOf = new Map<string, number>();
  const datedOn = new Map<string, { row: number; date: string }>();
  for (const { row, data } of rows) {
    // NUL cannot occur in a cell (parseCsv refuses it), so keys cannot collide.
    const key = `${data.employee_id}\u0000${data.cycle}`;
    const firstRow = rowOf.get(key);
    if (firstRow !== undefined) {
      errors.add(row, "employee_id", `${data.employee_id} already has an assessment for cycle "${data.cycle}" on row ${firstRow}`);
    }
    rowOf.set(key, firstRow ?? row);
    if (!state.personIds.has(data.employee_id)) {
      errors.add(row, "employee_id", `unknown employee "${data.employee_id}" (not in Baton; import people.csv first)`);
    }
    const assessor = data.assessor_employee_id;
    if (assessor && !state.personIds.has(assessor)) {
      errors.add(row, "assessor_employee_id", `unknown assessor "${assessor}" (not in Baton)`);
    }
    if (data.cycle_date) {
      const dated = datedOn.get(data.cycle);
      if (!dated) datedOn.set(data.cycle, { row, date: data.cycle_date });
      else if (dated.date !== data.cycle_date) {
        errors.add(row, "cycle_date", `cycle "${data.cycle}" is dated ${dated.date} on row ${dated.row}; one cycle has one date`);
      }
    }
  }
  if (errors.count > before) return null;

  const cycles: CycleWrite[] = [];
  const cycleCounts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const preview: PreviewLine[] = [];
  for (const name of new Set(rows.map((r) => r.data.cycle))) {
    const stored = state.cycles.get(name);
    const date = datedOn.get(name)?.date;
    const action = !stored ? "create" : date !== undefined && date !== stored.cycleDate ? "update" : null;
    if (action === null) {
      cycleCounts.unchanged++;
      continue;
    }
    cycles.push({ name, cycleDate: date ?? today });
    cycleCounts[action === "create" ? "created" : "updated"]++;
    preview.push({ entity: "cycles", key: name, action });
  }

  const assessments: AssessmentWrite[] = [];
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  for (const { data } of rows) {
    const cycleId = state.cycles.get(data.cycle)?.id;
    const stored = cycleId === undefined ? undefined : state.assessments.get(storedKey(data.employee_id, cycleId));
    const fields = fieldsOf(data, stored);
    if (stored && sameFields(stored, fields)) {
      counts.unchanged++;
      continue;
    }
    assessments.push({ ...fields, personId: data.employee_id, cycleName: data.cycle });
    counts[stored ? "updated" : "created"]++;
    preview.push({ entity: "assessments", key: `${data.employee_id} / ${data.cycle}`, action: stored ? "update" : "create" });
  }
  return { cycles, assessments, summary: { cycles: cycleCounts, assessments: counts }, preview };
}

async function loadState(tx: Tx, rows: Located<AssessmentRow>[]): Promise<AssessmentsState> {
  const names = [...new Set(rows.map((r) => r.data.cycle))];
  const cycles = await tx.cycle.findMany({ where: { name: { in: names } }, select: { id: true, name: true, cycleDate: true } });
  const stored = await tx.assessment.findMany({
    where: { cycleId: { in: cycles.map((c) => c.id) } },
    omit: { id: true, calibratedPerformance: true, calibratedPotential: true, createdAt: true, updatedAt: true },
  });
  return {
    personIds: await loadPersonIds(tx),
    cycles: new Map(cycles.map((c) => [c.name, { id: c.id, cycleDate: c.cycleDate }])),
    assessments: new Map(stored.map(({ personId, cycleId, ...fields }) => [storedKey(personId, cycleId), fields])),
  };
}

const int = (name: string): Column => ({ name, type: "int" });
const text = (name: string): Column => ({ name, type: "text" });
const COLUMNS: Column[] = [
  text("personId"),
  int("cycleId"),
  text("status"),
  ...["performance", "potential", "mgmtPlanning", "mgmtOrganizing", "mgmtControlling", "mgmtProblemSolving"].map(int),
  ...["leadDirection", "leadAlignment", "leadInspiration", "leadChange", "leadershipTimePct"].map(int),
  ...["flightRisk", "assessorId", "notes"].map(text),
];

function assessmentValues(a: AssessmentWrite, cycleId: number): SqlValue[] {
  return [
    a.personId, cycleId, a.status, a.performance, a.potential, a.mgmtPlanning, a.mgmtOrganizing, a.mgmtControlling,
    a.mgmtProblemSolving, a.leadDirection, a.leadAlignment, a.leadInspiration, a.leadChange, a.leadershipTimePct,
    a.flightRisk, a.assessorId, a.notes,
  ];
}

function cycleIdOf(ids: Map<string, number>, name: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`cycle "${name}" was not written`);
  return id;
}

// The id the database gave each row written (RETURNING), by a key of its
// columns: the audit log names cycles and assessments by id, as the app does.
function idsBy(rows: Record<string, unknown>[], key: (row: Record<string, unknown>) => string): (key: string) => number {
  const ids = new Map(rows.map((row) => [key(row), Number(row.id)]));
  return (wanted) => {
    const id = ids.get(wanted);
    if (id === undefined) throw new Error(`no id returned for "${wanted}"`);
    return id;
  };
}

const ID: Column = { name: "id", type: "int" };
const CYCLE_COLUMNS = [text("name"), text("cycleDate")];

function cyclesAudit(cycles: CycleWrite[], written: Record<string, unknown>[], stored: AssessmentsState["cycles"]): ImportAudit {
  const idOf = idsBy(written, (row) => String(row.name));
  const keys = cycles.filter((cycle) => !stored.has(cycle.name)).map((cycle) => idOf(cycle.name));
  return {
    created: createdRecords("cycle", "Cycle", ID, CYCLE_COLUMNS, keys),
    updated: recordUpdates(
      "cycle",
      cycles,
      (cycle) => idOf(cycle.name),
      (cycle) => {
        const before = stored.get(cycle.name);
        return before && { name: cycle.name, cycleDate: before.cycleDate };
      },
    ),
  };
}

function assessmentsAudit(
  assessments: AssessmentWrite[],
  written: Record<string, unknown>[],
  cycleIds: Map<string, number>,
  stored: AssessmentsState["assessments"],
): ImportAudit {
  const idOf = idsBy(written, (row) => storedKey(String(row.personId), Number(row.cycleId)));
  const keys: number[] = [];
  const updated: RecordUpdate[] = [];
  for (const { cycleName, personId, ...fields } of assessments) {
    const key = storedKey(personId, cycleIdOf(cycleIds, cycleName));
    const before = stored.get(key);
    const diff = before && changedFields(before, fields);
    if (!before) keys.push(idOf(key));
    else if (diff) updated.push({ entity: "assessment", entityId: String(idOf(key)), ...diff });
  }
  return { created: createdRecords("assessment", "Assessment", ID, COLUMNS, keys), updated };
}

export function assessmentsImporter(rows: Located<AssessmentRow>[]): KindImporter {
  return {
    tables: ["Person", "Cycle", "Assessment"],
    async stage({ tx, errors, today }) {
      const stored = await loadState(tx, rows);
      const plan = planAssessments(rows, stored, errors, today);
      if (!plan) return null;
      return {
        summary: plan.summary,
        preview: plan.preview,
        hasChanges: plan.cycles.length + plan.assessments.length > 0,
        writeCount: plan.cycles.length + plan.assessments.length,
        async write({ tx: writer, provider, now, written }) {
          const writtenCycles = await upsertRowsReturning({
            tx: writer,
            provider,
            table: "Cycle",
            columns: [text("name"), text("cycleDate")],
            stamps: { columns: ["createdAt"], at: now },
            conflict: ["name"],
            update: ["cycleDate"],
            rows: plan.cycles.map((c) => [c.name, c.cycleDate]),
            written,
            returning: ["id", "name"],
          });
          const names = [...new Set(plan.assessments.map((a) => a.cycleName))];
          const ids = new Map(
            (await writer.cycle.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })).map((c) => [c.name, c.id]),
          );
          const writtenAssessments = await upsertRowsReturning({
            tx: writer,
            provider,
            table: "Assessment",
            columns: COLUMNS,
            stamps: { columns: ["createdAt", "updatedAt"], at: now },
            conflict: ["personId", "cycleId"],
            update: [...COLUMNS.slice(2).map((c) => c.name), "updatedAt"],
            rows: plan.assessments.map((a) => assessmentValues(a, cycleIdOf(ids, a.cycleName))),
            written,
            returning: ["id", "personId", "cycleId"],
          });
          return mergeAudits([
            cyclesAudit(plan.cycles, writtenCycles, stored.cycles),
            assessmentsAudit(plan.assessments, writtenAssessments, ids, stored.assessments),
          ]);
        },
      };
    },
  };
}
