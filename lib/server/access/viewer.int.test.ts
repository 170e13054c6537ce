import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppUser } from "@/lib/server/auth/users";
import { countedDb } from "@/lib/testing/counted-db";
import { seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { findRiskOverview } from "@/lib/server/views/risk-overview";
import { findRiskCharts } from "@/lib/server/views/trends";
import { createViewer } from "./viewer";

const providers = await providersUnderTest();
const hr: AppUser = { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null };
const manager: AppUser = { id: 2, email: "d1@co.example", name: null, role: "manager", personId: "D1" };

describe.each(providers)("the viewer on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db);
  });
  afterAll(async () => t?.drop());

  it("reads the organization state once for a whole heatmap request", async () => {
    for (const user of [hr, manager]) {
      const { db, counts } = countedDb(t.db);
      const viewer = await createViewer({ db, user, asOf: "2026-12-01" });
      // What the heatmap page renders: the grid and key figures, then the charts.
      const overview = await findRiskOverview(viewer);
      const charts = await findRiskCharts(viewer);
      expect(overview.grid.rows.length).toBeGreaterThan(0);
      expect(charts.trend.labels.length).toBeGreaterThan(0);
      expect(counts.versionQueries).toBe(1);
      // Each of the engine's eight inputs read once for each date the page
      // shows (a past date, the trend's review dates, from history) and for
      // today's live data, never twice.
      expect(counts.inputReads % 8).toBe(0);
      expect(counts.inputReads).toBeLessThanOrEqual(8 * (charts.trend.labels.length + 1));
      // The next request finds it all cached: one version query, no input read.
      const reads = counts.inputReads;
      const again = await createViewer({ db, user, asOf: "2026-12-01" });
      await findRiskOverview(again);
      await findRiskCharts(again);
      expect(counts.versionQueries).toBe(2);
      expect(counts.inputReads).toBe(reads);
    }
  });

  it("keeps today's state apart from the as-of date's, and reuses it when they are the same day", async () => {
    const { db, counts } = countedDb(t.db);
    const past = await createViewer({ db, user: hr, asOf: "2026-01-31", today: "2026-12-01" });
    expect((await past.state()).snapshot.asOf).toBe("2026-01-31");
    expect((await past.todayState()).snapshot.asOf).toBe("2026-12-01");
    // Two dates, one data-version query: the viewer reads it once.
    expect(counts.versionQueries).toBe(1);
    const now = await createViewer({ db, user: hr, today: "2026-12-01" });
    expect(await now.state()).toBe(await now.todayState());
  });

  it("reports an as-of value that is not a date and looks at today instead", async () => {
    const viewer = await createViewer({ db: t.db, user: hr, asOf: "2026-13-01", today: "2026-12-01" });
    expect(viewer).toMatchObject({ asOf: "2026-12-01", today: "2026-12-01", rejectedAsOf: "2026-13-01" });
  });
});
