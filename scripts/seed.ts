// npm run db:seed -- [--people N] [--company-root NAME] [--replace] [--if-empty]
// Loads the deterministic demo organization into DATABASE_URL through the
// same CSV import the product uses, then adds what CSV cannot express
// (withdrawn and succeeded nominations) and the demo sign-in accounts.
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { generateDemoOrganization, type DemoOrganization } from "@/lib/demo/generate";
import { importCsv, type ImportKind } from "@/lib/import";
import { SUMMARY_ENTITIES, type SummaryEntity } from "@/lib/csv/results";
import type { Db } from "@/lib/server/infra/db";
import { databaseTarget } from "@/lib/server/infra/database-url";
import { createUser } from "@/lib/server/auth/users";
import { openCliDatabase } from "./commands/cli-db";

export const DEMO_PASSWORD = "baton-demo";
const ENTITY_WORDS: Record<SummaryEntity, string> = {
  people: "people",
  positions: "positions",
  orgUnits: "org units",
  cycles: "cycles",
  assessments: "assessments",
  nominations: "nominations",
};
const MAX_PEOPLE = 100_000;

async function wipe(db: Db) {
  // Children before parents, so foreign keys never dangle mid-way.
  await db.$transaction([
    db.notification.deleteMany(),
    db.savedScenario.deleteMany(),
    db.apiToken.deleteMany(),
    db.calibration.deleteMany(),
    db.nomination.deleteMany(),
    db.developmentAction.deleteMany(),
    db.assessment.deleteMany(),
    db.cycle.deleteMany(),
    db.user.deleteMany(),
    db.position.deleteMany(),
    db.person.updateMany({ data: { managerId: null } }),
    db.person.deleteMany(),
    db.orgUnit.updateMany({ data: { parentId: null } }),
    db.orgUnit.deleteMany(),
    db.auditEvent.deleteMany(),
  ]);
}

function csvOf(rows: Record<string, string>[]): string {
  return stringify(rows, { header: true, columns: rows.length > 0 ? Object.keys(rows[0]!) : [] });
}

async function load(db: Db, demo: DemoOrganization) {
  const provider = databaseTarget().provider;
  const files: [ImportKind, Record<string, string>[]][] = [
    ["people", demo.people],
    ["positions", demo.positions],
    ["assessments", demo.assessments],
    ["nominations", demo.nominations],
  ];
  for (const [kind, rows] of files) {
    const started = performance.now();
    const result = await importCsv({
      db,
      provider,
      kind,
      content: csvOf(rows),
      fileName: `demo-${kind}.csv`,
      dryRun: false,
      actor: { label: "demo seed" },
    });
    if (!result.ok) {
      throw new Error(`demo ${kind} did not import:\n${result.errors.slice(0, 5).map((e) => `row ${e.row}, ${e.column}: ${e.message}`).join("\n")}`);
    }
    // The counts of what was written, not of the file's rows: people.csv
    // creates every held seat, so positions.csv carries only the vacancies.
    const written = SUMMARY_ENTITIES.flatMap((entity) => {
      const counts = result.summary[entity];
      return counts ? [`${counts.created + counts.updated} ${ENTITY_WORDS[entity]}`] : [];
    });
    console.error(`seed: ${kind}.csv, ${rows.length} rows in ${Math.round(performance.now() - started)} ms: ${written.join(", ")}`);
  }
  for (const change of demo.lifecycle) {
    await db.nomination.update({
      where: { positionId_candidateId: { positionId: change.positionId, candidateId: change.candidateEmployeeId } },
      data: { status: change.status, decidedAt: new Date() },
    });
  }
  for (const account of demo.demoAccounts) {
    await createUser({
      db,
      user: { email: account.email, role: account.role, employeeId: account.employeeId ?? undefined, name: account.name, password: DEMO_PASSWORD },
      actorLabel: "demo seed",
      demoPassword: true,
    });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      people: { type: "string", default: "400" },
      "company-root": { type: "string" },
      replace: { type: "boolean" },
      "if-empty": { type: "boolean" },
    },
  });
  const people = Number(values.people);
  if (!Number.isInteger(people) || people < 20 || people > MAX_PEOPLE) {
    console.error(`--people must be a whole number from 20 to ${MAX_PEOPLE}`);
    process.exit(2);
  }
  const db = await openCliDatabase();
  try {
    const existing = await db.person.count();
    if (existing > 0 && values["if-empty"]) {
      console.error(`seed: the database already holds ${existing} people; leaving it as it is`);
      return;
    }
    if (existing > 0 && !values.replace) {
      console.error(`seed: the database already holds ${existing} people; run with --replace to wipe it and load the demo`);
      process.exit(1);
    }
    const started = performance.now();
    if (existing > 0) await wipe(db);
    const companyRoot = values["company-root"];
    if (companyRoot !== undefined && (companyRoot.trim() === "" || companyRoot.includes("/"))) {
      console.error('--company-root must be a unit name without "/"');
      process.exit(2);
    }
    const demo = generateDemoOrganization({ people, companyRoot });
    await load(db, demo);
    const [persons, positions, units, nominations] = await Promise.all([db.person.count(), db.position.count(), db.orgUnit.count(), db.nomination.count()]);
    console.error(
      `seed: demo organization loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${persons} people, ${positions} positions, ${units} org units, ${nominations} nominations`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
