import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeSnapshot, orgBenchStrength, zeroFlagCounts, type Snapshot } from "@/lib/domain";
import { importCsv, type ImportKind } from "@/lib/import";
import { ASSESSMENTS_CSV, NOMINATIONS_CSV, NOMINATIONS_HEADER, PEOPLE_CSV, POSITIONS_CSV } from "@/lib/import/test-files";
import { countedDb } from "@/lib/testing/counted-db";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { positionVisible, visibleFlags } from "@/lib/server/access/permissions";
import { createViewer, type Viewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { createDb } from "@/lib/server/infra/db";
import { today } from "@/lib/server/infra/today";
import { createNomination, decideNomination } from "@/lib/server/operations/nominations";
import { loadEngineInput } from "@/lib/server/state/engine-input";
import { cachedDates, getPastTrendFigures, getSnapshot } from "@/lib/server/state/org-state";
import { findBenchTrend } from "./trends";

const providers = await providersUnderTest();

const hr: AppUser = { id: 0, email: "hr@acme.test", name: null, role: "hr", personId: null };
const manager: AppUser = { id: 0, email: "bob@acme.test", name: null, role: "manager", personId: "E0002" };
const executive: AppUser = { id: 0, email: "cy@acme.test", name: null, role: "executive", personId: "E0003" };

// The trend as it was computed before the figures were kept instead of the
// states: every point from that date's whole snapshot (a past day's from
// history, through its own cold client), filtered by the reader's rules.
async function trendFromFullStates(target: TestDatabase["target"], viewer: Viewer, dates: readonly string[]) {
  const cold = createDb(target);
  try {
    const live = await loadEngineInput(cold);
    const points = [];
    for (const date of dates) {
      const snapshot: Snapshot = date < viewer.today ? await getSnapshot({ db: cold, asOf: date }) : computeSnapshot({ ...live, asOf: date });
      const seen = snapshot.positions.map((row, i) => ({ row, i })).filter(({ row }) => positionVisible(viewer, row));
      const bench =
        viewer.scope.kind === "organization"
          ? snapshot.benchStrength
          : orgBenchStrength(seen.filter(({ row }) => row.critical).map(({ i }) => snapshot.positionDetails[i]!.successorIds.readyNow));
      const flags = zeroFlagCounts();
      for (const { row } of seen) for (const flag of visibleFlags(viewer, row)) flags[flag] += 1;
      points.push({ date, bench, flags });
    }
    return points;
  } finally {
    await cold.$disconnect();
  }
}

async function loaded(t: TestDatabase, kind: ImportKind, content: string, effectiveDate?: string) {
  const result = await importCsv({ db: t.db, provider: t.provider, kind, content, fileName: `${kind}.csv`, actor: { label: "test" }, effectiveDate });
  if (!result.ok) throw new Error(`${kind} refused: ${result.errors.map((e) => e.message).join("; ")}`);
}

describe.each(providers)("the bench trend on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    // Two years of plans: the first files back-filled, later slates in June.
    for (const [kind, content] of [["people", PEOPLE_CSV], ["positions", POSITIONS_CSV], ["assessments", ASSESSMENTS_CSV], ["nominations", NOMINATIONS_CSV]] as const) {
      await loaded(t, kind, content, "2025-03-15");
    }
    await loaded(t, "nominations", [NOMINATIONS_HEADER, "CEO-1,E0002,ready_now,approved,,E0001,", "P-VAC,E0003,1_2_years,approved,,E0001,"].join("\n"), "2026-06-30");
    for (const user of [hr, manager, executive]) user.id = (await t.db.user.create({ data: { email: user.email, role: user.role, personId: user.personId } })).id;
  });
  afterAll(async () => t?.drop());

  it("gives every reader the figures of each date's whole plan, keeping no past day's state and reading one day at a time", async () => {
    for (const user of [hr, manager, executive]) {
      const db = createDb(t.target);
      try {
        const { db: counted, counts } = countedDb(db);
        const viewer = await createViewer({ db: counted, user });
        const trend = await findBenchTrend(viewer);
        // Every month's end for two years, the review cycles between, the date shown.
        expect(trend.length).toBeGreaterThan(24 + 1);
        expect(trend.map(({ date, bench, flags }) => ({ date, bench, flags }))).toEqual(await trendFromFullStates(t.target, viewer, trend.map((p) => p.date)));
        // The points differ over time: the June slates moved the bench.
        expect(new Set(trend.map((p) => JSON.stringify(p.bench))).size).toBeGreaterThan(1);
        // Only today's state is kept; each past month-end left its figures.
        expect(cachedDates(counted)).toEqual({ states: [today()], trendFigures: trend.slice(0, -1).map((p) => p.date) });
        // Today's eight input reads, then each past day's eight, never two days together.
        expect(counts.inputReads).toBe(8 * trend.length);
        expect(counts.mostInputReadsInFlight).toBe(8);
      } finally {
        await db.$disconnect();
      }
    }
  });

  it("keeps a past day's figures across an approval recorded after it, and counts the approval from today", async () => {
    const db = createDb(t.target);
    try {
      const before = await findBenchTrend(await createViewer({ db, user: hr }));
      const monthEnd = before[before.length - 2]!.date;
      const figures = await getPastTrendFigures({ db, asOf: monthEnd });
      // Proposed by the manager, approved by HR (four eyes).
      const created = await createNomination(await createViewer({ db: t.db, user: manager }), { positionId: "P-VAC", candidateId: "E0004", readiness: "ready_now" });
      if (!created.ok) throw new Error(created.message);
      const decided = await decideNomination(await createViewer({ db: t.db, user: hr }), { id: created.value.id, decision: "approve", version: created.value.version });
      expect(decided).toMatchObject({ ok: true });

      const viewer = await createViewer({ db, user: hr });
      const after = await findBenchTrend(viewer);
      expect(await getPastTrendFigures({ db, asOf: monthEnd })).toBe(figures);
      expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
      expect(after.at(-1)!.bench.coveredPositions).toBe(before.at(-1)!.bench.coveredPositions + 1);
      expect(after.map(({ date, bench, flags }) => ({ date, bench, flags }))).toEqual(await trendFromFullStates(t.target, viewer, after.map((p) => p.date)));
    } finally {
      await db.$disconnect();
    }
  });
});
