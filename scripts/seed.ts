// npm run db:seed -- [--people N] [--company-root NAME] [--replace] [--if-empty]
// Loads the deterministic demo organization into DATABASE_URL through the
// same CSV import the product uses, then adds what CSV cannot express
// (withdrawn and succeeded nominations) and the demo sign-in accounts.
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { DEFAULT_AS_OF, generateDemoOrganization, type DemoOrganization } from "@/lib/demo/generate";
import { demoHistory } from "@/lib/demo/history";
import { importCsv } from "@/lib/import";
import { SUMMARY_ENTITIES, SUMMARY_ENTITY_WORDS } from "@/lib/csv/results";
import type { Db } from "@/lib/server/infra/db";
import { databaseTarget } from "@/lib/server/infra/database-url";
import { today } from "@/lib/server/infra/today";
import { freezePlan } from "@/lib/server/operations/plan-snapshots";
import { bumpDataVersion } from "@/lib/server/state/data-version";
import { recordVersions } from "@/lib/server/state/history-record";
import { getOrgState } from "@/lib/server/state/org-state";
import { createUser } from "@/lib/server/auth/users";
import { openCliDatabase } from "./commands/cli-db";

export const DEMO_PASSWORD = "baton-demo";
const MAX_PEOPLE = 100_000;

async function wipe(db: Db) {
  // Children before parents, so foreign keys never dangle mid-way.
  await db.$transaction(async (tx) => {
    await tx.notification.deleteMany();
    await tx.savedScenario.deleteMany();
    await tx.apiToken.deleteMany();
    await tx.calibration.deleteMany();
    await tx.nomination.deleteMany();
    await tx.developmentAction.deleteMany();
    await tx.assessment.deleteMany();
    await tx.cycle.deleteMany();
    await tx.user.deleteMany();
    await tx.position.deleteMany();
    await tx.person.updateMany({ data: { managerId: null } });
    await tx.person.deleteMany();
    await tx.orgUnit.updateMany({ data: { parentId: null } });
    await tx.orgUnit.deleteMany();
    await tx.auditEvent.deleteMany();
    await tx.personVersion.deleteMany();
    await tx.positionVersion.deleteMany();
    await tx.assessmentVersion.deleteMany();
    await tx.nominationVersion.deleteMany();
    await tx.planSnapshot.deleteMany();
    // The data version only ever grows: a running server then recomputes.
    await bumpDataVersion(tx, { entity: "import", entityId: "wipe" });
  }, { timeout: 10 * 60_000 });
}

function csvOf(rows: Record<string, string>[]): string {
  return stringify(rows, { header: true, columns: rows.length > 0 ? Object.keys(rows[0]!) : [] });
}

async function load(db: Db, demo: DemoOrganization) {
  const provider = databaseTarget().provider;
  // Two years of dated imports, oldest first (lib/demo/history.ts).
  const history = demoHistory(demo, DEFAULT_AS_OF, today());
  for (const { kind, rows, effectiveDate, label } of history.steps) {
    const started = performance.now();
    const result = await importCsv({
      db,
      provider,
      kind,
      content: csvOf(rows),
      fileName: `demo-${label.replace(/\s+/g, "-")}.csv`,
      dryRun: false,
      effectiveDate,
      actor: { label: "demo seed" },
    });
    if (!result.ok) {
      throw new Error(`demo ${label} did not import:\n${result.errors.slice(0, 5).map((e) => `row ${e.row}, ${e.column}: ${e.message}`).join("\n")}`);
    }
    // The counts of what was written, not of the file's rows: people.csv
    // creates every held seat, so positions.csv carries only the vacancies.
    const written = SUMMARY_ENTITIES.flatMap((entity) => {
      const counts = result.summary[entity];
      return counts ? [`${counts.created + counts.updated} ${SUMMARY_ENTITY_WORDS[entity]}`] : [];
    });
    console.error(`seed: ${label}, ${rows.length} rows as of ${effectiveDate} in ${Math.round(performance.now() - started)} ms: ${written.join(", ")}`);
  }
  await db.$transaction(async (tx) => {
    for (const change of demo.lifecycle) {
      const { id } = await tx.nomination.update({
        where: { positionId_candidateId: { positionId: change.positionId, candidateId: change.candidateEmployeeId } },
        data: { status: change.status, decidedAt: new Date(`${history.lifecycleDate}T12:00:00Z`) },
        select: { id: true },
      });
      await recordVersions(tx, { entity: "nomination", keys: [id], validFrom: history.lifecycleDate });
    }
    await bumpDataVersion(tx, { entity: "import", entityId: "demo lifecycle" });
  }, { timeout: 10 * 60_000 });
  for (const account of demo.demoAccounts) {
    await createUser({
      db,
      user: { email: account.email, role: account.role, employeeId: account.employeeId ?? undefined, name: account.name, password: DEMO_PASSWORD },
      actorLabel: "demo seed",
      demoPassword: true,
    });
  }
  // The plan as it stood when the earlier review closed, frozen on that day:
  // comparing it with now shows the slates the demo added since.
  const hr = await db.user.findUniqueOrThrow({ where: { email: "hr@baton.example" }, select: { id: true, email: true, name: true, role: true, personId: true } });
  const closed = history.snapshot.date;
  await freezePlan(db, {
    name: history.snapshot.name,
    state: await getOrgState({ db, asOf: closed }),
    by: { ...hr, role: "hr" },
    takenAt: new Date(`${closed}T17:00:00Z`),
  });
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
