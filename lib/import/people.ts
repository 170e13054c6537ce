import "server-only";
import type { PeopleRow } from "@/lib/csv/rows";
import { createdKeys, createdRecords, mergeAudits, recordUpdates } from "./audit-changes";
import type { KindImporter } from "./importer";
import { planPeople } from "./people-plan";
import { upsertRows, type Column, type SqlValue } from "./sql";
import { loadLadder, loadOrgUnitIds, loadPeople, loadSeats, type StoredPerson } from "./stored";
import type { Located } from "./types";
import { orgUnitsAudit, seatsAudit, seatWriteCount, writeOrgUnits, writeSeats } from "./writes";

const text = (name: string): Column => ({ name, type: "text" });
const PERSON_COLUMNS: Column[] = [
  ...["employeeId", "name", "email", "title", "orgUnitId", "managerId", "levelCode"].map(text),
  ...["hireDate", "roleStartDate", "plannedRetirementDate", "retirementEligibilityDate"].map(text),
  { name: "birthYear", type: "int" },
  text("location"),
  { name: "active", type: "bool" },
];

function personValues(p: StoredPerson): SqlValue[] {
  return [
    p.employeeId, p.name, p.email, p.title, p.orgUnitId, p.managerId, p.levelCode, p.hireDate, p.roleStartDate,
    p.plannedRetirementDate, p.retirementEligibilityDate, p.birthYear, p.location, p.active,
  ];
}

// people.csv: people, the seat each holds, and the org units they sit in.
export function peopleImporter(rows: Located<PeopleRow>[]): KindImporter {
  return {
    tables: ["Level", "OrgUnit", "Person", "Position"],
    async stage({ tx, errors }) {
      const state = {
        ladder: await loadLadder(tx),
        orgUnitIds: await loadOrgUnitIds(tx),
        people: await loadPeople(tx),
        seats: await loadSeats(tx),
      };
      const plan = planPeople(rows, state, errors);
      if (!plan) return null;
      return {
        summary: plan.summary,
        preview: plan.preview,
        hasChanges: plan.orgUnits.length + plan.people.length + plan.seats.upserts.length > 0,
        writeCount: plan.orgUnits.length + plan.people.length + seatWriteCount(plan.seats),
        async write({ tx: writer, provider, now, written }) {
          await writeOrgUnits(writer, provider, plan.orgUnits, written);
          // Ordered managers first, so every managerId names a row already there.
          await upsertRows({
            tx: writer,
            provider,
            table: "Person",
            columns: PERSON_COLUMNS,
            stamps: { columns: ["createdAt", "updatedAt"], at: now },
            conflict: ["employeeId"],
            update: [...PERSON_COLUMNS.slice(1).map((c) => c.name), "updatedAt"],
            rows: plan.people.map(personValues),
            written,
          });
          await writeSeats(writer, provider, plan.seats, now, written);
          const createdPeople = createdKeys(plan.people, (p) => p.employeeId, (id) => state.people.has(id));
          return mergeAudits([
            orgUnitsAudit(plan.orgUnits),
            {
              created: createdRecords("person", "Person", PERSON_COLUMNS[0]!, PERSON_COLUMNS, createdPeople),
              updated: recordUpdates("person", plan.people, (p) => p.employeeId, (p) => state.people.get(p.employeeId)),
            },
            seatsAudit(plan.seats, state.seats),
          ]);
        },
      };
    },
  };
}
