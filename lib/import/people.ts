import "server-only";
import type { PeopleRow } from "@/lib/schemas/csv";
import type { KindImporter } from "./importer";
import { planPeople } from "./people-plan";
import { upsertRows, type SqlValue } from "./sql";
import { loadLadder, loadOrgUnitIds, loadPeople, loadSeats, type StoredPerson } from "./stored";
import type { Located } from "./types";
import { writeOrgUnits, writeSeats } from "./writes";

const PERSON_COLUMNS = [
  "employeeId", "name", "email", "title", "orgUnitId", "managerId", "levelCode", "hireDate", "roleStartDate",
  "plannedRetirementDate", "retirementEligibilityDate", "birthYear", "location", "active", "createdAt", "updatedAt",
] as const;

function personValues(p: StoredPerson, now: Date): SqlValue[] {
  return [
    p.employeeId, p.name, p.email, p.title, p.orgUnitId, p.managerId, p.levelCode, p.hireDate, p.roleStartDate,
    p.plannedRetirementDate, p.retirementEligibilityDate, p.birthYear, p.location, p.active, now, now,
  ];
}

// people.csv: people, the seat each holds, and the org units they sit in.
export function peopleImporter(rows: Located<PeopleRow>[]): KindImporter {
  return {
    tables: ["Level", "OrgUnit", "Person", "Position"],
    async stage({ tx, errors }) {
      console.time('load');
      const state = {
        ladder: await loadLadder(tx),
        orgUnitIds: await loadOrgUnitIds(tx),
        people: await loadPeople(tx),
        seats: await loadSeats(tx),
      };
      console.timeEnd('load');
      console.time('plan');
      const plan = planPeople(rows, state, errors);
      console.timeEnd('plan');
      if (!plan) return null;
      return {
        summary: plan.summary,
        preview: plan.preview,
        hasChanges: plan.orgUnits.length + plan.people.length + plan.seats.upserts.length > 0,
        async write({ tx: writer, provider, now }) {
          await writeOrgUnits(writer, provider, plan.orgUnits);
          // Ordered managers first, so every managerId names a row already there.
          await upsertRows({
            tx: writer,
            provider,
            table: "Person",
            columns: PERSON_COLUMNS,
            conflict: ["employeeId"],
            update: PERSON_COLUMNS.filter((column) => column !== "employeeId" && column !== "createdAt"),
            rows: plan.people.map((person) => personValues(person, now)),
          });
          console.time('seats');
          await writeSeats(writer, provider, plan.seats, now);
          console.timeEnd('seats');
        },
      };
    },
  };
}
