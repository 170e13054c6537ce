import { addDays, format, parseISO } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeSnapshot } from "@/lib/domain";
import { importCsv, type ImportKind } from "@/lib/import";
import { ASSESSMENTS_CSV, NOMINATIONS_CSV, NOMINATIONS_HEADER, PEOPLE_CSV, POSITIONS_CSV } from "@/lib/import/test-files";
import { reportRows } from "@/lib/reports/reports";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { recordTestHistory } from "@/lib/testing/test-history";
import { createViewer } from "@/lib/server/access/viewer";
import type { Db } from "@/lib/server/infra/db";
import { loadEngineInput } from "@/lib/server/state/engine-input";
import { decideNomination } from "@/lib/server/operations/nominations";
import { getOrgState, getSnapshot } from "@/lib/server/state/org-state";
import { findBenchTrend } from "@/lib/server/views/trends";
import { today } from "@/lib/server/infra/today";
import type { AppUser } from "@/lib/server/auth/users";
import { bumpDataVersion } from "./data-version";
import { GAP_FLAGS } from "@/lib/domain";

const providers = await providersUnderTest();

const FIRST_FILES: [ImportKind, string][] = [
  ["people", PEOPLE_CSV],
  ["positions", POSITIONS_CSV],
  ["assessments", ASSESSMENTS_CSV],
  ["nominations", NOMINATIONS_CSV],
];
// Later slates: one entry approved and moved up, one seat gains a successor.
const EXTRA_SLATES = [NOMINATIONS_HEADER, "CEO-1,E0002,ready_now,approved,,E0001,", "P-VAC,E0003,1_2_years,approved,,E0001,"].join("\n");

const dayBefore = (date: string) => format(addDays(parseISO(date), -1), "yyyy-MM-dd");

async function load(db: Db, provider: TestDatabase["provider"], kind: ImportKind, content: string, effectiveDate?: string, dryRun = false) {
  return importCsv({ db, provider, kind, content, fileName: `${kind}.csv`, actor: { label: "test" }, effectiveDate, dryRun });
}

async function loaded(db: Db, provider: TestDatabase["provider"], kind: ImportKind, content: string, effectiveDate?: string) {
  const result = await load(db, provider, kind, content, effectiveDate);
  if (!result.ok) throw new Error(`${kind} refused: ${result.errors.map((e) => e.message).join("; ")}`);
  return result;
}

// The gap report of today's data, evaluated at `asOf`: what a database that
// holds only those files answers, with no history involved.
async function liveReport(db: Db, asOf: string) {
  return reportRows(computeSnapshot({ ...(await loadEngineInput(db)), asOf }), "gaps");
}

describe.each(providers)("history on %s", (provider) => {
  const dbs: TestDatabase[] = [];
  let backfilled: TestDatabase;
  let firstOnly: TestDatabase;
  let both: TestDatabase;

  beforeAll(async () => {
    dbs.push(...(await Promise.all([0, 1, 2].map(() => createTestDatabase(provider)))));
    [backfilled, firstOnly, both] = dbs as [TestDatabase, TestDatabase, TestDatabase];
    for (const [kind, content] of FIRST_FILES) {
      await loaded(backfilled.db, provider, kind, content, "2026-01-15");
      await loaded(firstOnly.db, provider, kind, content);
      await loaded(both.db, provider, kind, content);
    }
    await loaded(backfilled.db, provider, "nominations", EXTRA_SLATES, "2026-06-30");
    await loaded(both.db, provider, "nominations", EXTRA_SLATES);
  });
  afterAll(async () => {
    await Promise.all(dbs.map((t) => t.drop()));
  });

  it("reads a back-filled organization as of a past day exactly as a database holding what was true then", async () => {
    const march = reportRows(await getSnapshot({ db: backfilled.db, asOf: "2026-03-01" }), "gaps");
    const september = reportRows(await getSnapshot({ db: backfilled.db, asOf: "2026-09-01" }), "gaps");
    expect(march).toEqual(await liveReport(firstOnly.db, "2026-03-01"));
    expect(september).toEqual(await liveReport(both.db, "2026-09-01"));
    // And the two differ: the later slates are what moved.
    expect(march).not.toEqual(september);
    expect(reportRows(await getSnapshot({ db: backfilled.db, asOf: "2026-01-14" }), "gaps")).toEqual([]);
  });

  it("reads today and later from today's data, so the look-ahead still works", async () => {
    const ahead = "2030-01-01";
    expect(reportRows(await getSnapshot({ db: backfilled.db, asOf: ahead }), "gaps")).toEqual(await liveReport(both.db, ahead));
    expect(reportRows(await getSnapshot({ db: backfilled.db, asOf: today() }), "gaps")).toEqual(await liveReport(both.db, today()));
  });

  it("refuses an effective date in the future or older than recorded changes, and writes nothing", async () => {
    const before = await dumpContent(backfilled.db);
    const tomorrow = format(addDays(new Date(), 1), "yyyy-MM-dd");
    const future = await load(backfilled.db, provider, "nominations", EXTRA_SLATES, tomorrow);
    expect(future.ok).toBe(false);
    expect(!future.ok && future.errors[0]?.message).toMatch(/is in the future/);
    const older = await load(backfilled.db, provider, "people", PEOPLE_CSV.replace("Cy Chen", "Cy Chan"), "2026-03-01");
    expect(!older.ok && older.errors[0]).toEqual({
      row: 0,
      column: null,
      message: "the effective date 2026-03-01 is older than changes already recorded (the latest took effect on 2026-06-30); back-fill files oldest first",
    });
    expect(await dumpContent(backfilled.db)).toEqual(before);
  });

  it("says in a dry run what would change as of the date, and writes nothing", async () => {
    const before = await dumpContent(backfilled.db);
    const plan = await load(backfilled.db, provider, "people", PEOPLE_CSV.replace("Cy Chen", "Cy Chan"), "2026-07-01", true);
    expect(plan).toMatchObject({ ok: true, applied: false, hasChanges: true, effectiveDate: "2026-07-01", summary: { people: { updated: 1 } } });
    expect(await dumpContent(backfilled.db)).toEqual(before);
  });

  it("keeps every version: a person renamed in July reads by the old name before and the new one after", async () => {
    await loaded(backfilled.db, provider, "people", PEOPLE_CSV.replace("Cy Chen", "Cy Chan"), "2026-07-01");
    const nameOn = async (asOf: string) => (await getOrgState({ db: backfilled.db, asOf })).names.get("E0003");
    expect(await nameOn("2026-06-30")).toBe("Cy Chen");
    expect(await nameOn("2026-07-01")).toBe("Cy Chan");
    const versions = await backfilled.db.personVersion.findMany({ where: { employeeId: "E0003" }, orderBy: { validFrom: "asc" } });
    expect(versions.map((v) => [v.validFrom, v.validTo, v.name])).toEqual([
      ["2026-01-15", "2026-07-01", "Cy Chen"],
      ["2026-07-01", null, "Cy Chan"],
    ]);
  });
});

describe.each(providers)("a decision in the app on %s", (provider) => {
  let t: TestDatabase;
  const hr: AppUser = { id: 0, email: "hr@co.example", name: null, role: "hr", personId: null };
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
    hr.id = (await t.db.user.create({ data: { email: hr.email, role: "hr" } })).id;
    await t.db.nomination.create({ data: { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", status: "proposed" } });
    await recordTestHistory(t.db);
  });
  afterAll(async () => t?.drop());

  it("counts a nomination approved today as of today and not as of yesterday", async () => {
    const nomination = await t.db.nomination.findFirstOrThrow();
    const outcome = await decideNomination(await createViewer({ db: t.db, user: hr }), { id: nomination.id, decision: "approve", version: nomination.version });
    expect(outcome.ok).toBe(true);
    const readyNow = async (asOf: string) => (await getSnapshot({ db: t.db, asOf })).positions.find((r) => r.positionId === "P-CEO")?.successors.readyNow;
    expect(await readyNow(today())).toBe(1);
    expect(await readyNow(dayBefore(today()))).toBe(0);
  });

  it("draws the bench trend from history: a review dated yesterday does not count today's approval", async () => {
    await t.db.cycle.create({ data: { name: "Yesterday's review", cycleDate: dayBefore(today()) } });
    // Written behind Baton's back: move the data version as every write does.
    await t.db.$transaction((tx) => bumpDataVersion(tx, { entity: "import", entityId: "test cycle" }));
    const trend = await findBenchTrend(await createViewer({ db: t.db, user: hr }));
    const yesterday = trend.find((p) => p.label === "Yesterday's review");
    const now = trend.find((p) => p.label === "As of");
    expect(now!.bench.coveredPositions).toBe(yesterday!.bench.coveredPositions + 1);
    // A point at every month's end for two years, the review and the date shown, oldest first.
    expect(trend.length).toBe(24 + 2);
    expect(trend.map((p) => p.date)).toEqual(trend.map((p) => p.date).sort());
    expect(Object.keys(now!.flags).sort()).toEqual([...GAP_FLAGS].sort());
  });
});
