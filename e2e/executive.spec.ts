import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, seriousAccessibilityViolations, signIn } from "./helpers";

// The executive's risk views on the seeded demo organization (e2e/global-setup.ts).

const CHARTS = ["retirement-wave", "pipeline-funnel", "bench-strength", "stuck-in-management", "bench-trend"];

async function statValue(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator("p").nth(1).innerText();
  return Number(text.replace(/[^\d.]/g, ""));
}

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

test.describe("as an executive", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  });

  test("the heatmap shows its numbers in the cells and opens a division", async ({ page }) => {
    await page.goto("/heatmap");
    await expect(page.getByRole("heading", { name: "Risk heatmap", level: 1 })).toBeVisible();
    const cells = page.getByTestId("heatmap-cell");
    expect(await cells.count()).toBeGreaterThan(10);
    const first = await cells.first().innerText();
    expect(first).toMatch(/\d+\.\d/);
    expect(first).toMatch(/\d+ positions?/);
    expect(first).toMatch(/\d+ high risk/);
    expect(first).toMatch(/\d+ no ready-now/);

    const rowsBefore = await page.getByTestId("heatmap").locator("tbody tr").count();
    const engineering = page.getByRole("button", { name: "Engineering" });
    await expect(engineering).toHaveAttribute("aria-expanded", "false");
    await engineering.click();
    await expect(engineering).toHaveAttribute("aria-expanded", "true");
    expect(await page.getByTestId("heatmap").locator("tbody tr").count()).toBeGreaterThan(rowsBefore);
  });

  test("a cell lands on the gap report filtered to its unit, level and date", async ({ page }) => {
    await page.goto("/heatmap");
    await page.getByRole("link", { name: "+1 year" }).click();
    await expect(page).toHaveURL(/asOf=\d{4}-\d{2}-\d{2}/);
    const asOf = new URL(page.url()).searchParams.get("asOf");
    const row = page.getByTestId("heatmap").locator("tr", { has: page.getByRole("rowheader", { name: "Engineering" }) });
    const cell = row.getByTestId("heatmap-cell").last();
    await cell.click();
    await expect(page).toHaveURL(/\/gaps\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get("orgUnit")).toBe("Engineering");
    expect(params.get("level")).toMatch(/^L\d$/);
    expect(params.get("asOf")).toBe(asOf);
    const notFound = await page.getByText("This page could not be found").count();
    if (notFound === 0) {
      await expect(page.getByRole("heading", { name: "Pipeline gaps" })).toBeVisible();
      await expect(page.locator("table tbody tr").first()).toBeVisible();
      // Each seat's title on the drill-down opens its slate.
      await expect(page.locator("table tbody tr").first().getByRole("rowheader").getByRole("link")).toHaveAttribute("href", /^\/positions\/[^/]+$/);
    }
  });

  test("looking three years ahead raises the retiring-soon count", async ({ page }) => {
    await page.goto("/heatmap");
    const today = await statValue(page, "retiring-soon");
    await page.getByRole("link", { name: "+3 years" }).click();
    await expect(page.getByRole("link", { name: "+3 years" })).toHaveAttribute("aria-current", "true");
    expect(await statValue(page, "retiring-soon")).toBeGreaterThan(today);
  });

  test("every chart draws on a canvas and shows its numbers, under the nonce CSP", async ({ page }) => {
    // Chart.js sets inline styles and the app's scripts carry the nonce: the
    // policy must refuse nothing they need.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto("/heatmap");
    expect(response!.headers()["content-security-policy"]).toMatch(/script-src[^;]*'nonce-/);
    for (const id of CHARTS) {
      const figure = page.locator(`[data-chart="${id}"]`);
      const canvas = figure.locator("canvas");
      await expect(canvas).toBeVisible();
      await expect(canvas).toHaveAttribute("aria-label", /\d/);
      // Something was painted: a blank canvas has only transparent pixels.
      const painted = await canvas.evaluate((el) => {
        const c = el as HTMLCanvasElement;
        const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        return data.some((v, i) => i % 4 === 3 && v > 0);
      });
      expect(painted, `${id} painted`).toBe(true);
      await figure.getByText("Show numbers").click();
      const table = figure.locator("table");
      await expect(table).toBeVisible();
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
      await expect(table.locator("tbody td").first()).toHaveText(/\d/);
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  test("the summary and the heatmap print as an A4 landscape board pack, a section a page, without the navigation", async ({ page }) => {
    for (const [path, sections] of [["/summary", 3], ["/heatmap", 2]] as const) {
      await page.goto(path);
      await expect(page.locator("canvas").first()).toBeVisible();
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("navigation")).toBeHidden();
      await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
      // Chromium writes each page's size as a MediaBox in points: A4 landscape is 842 × 595.
      const pages = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, w, h]) => [Math.round(Number(w)), Math.round(Number(h))]);
      expect(pages.length, `${path} pages`).toBeGreaterThanOrEqual(sections);
      for (const size of pages) expect(size).toEqual([842, 595]);
      await page.emulateMedia({ media: "screen" });
    }
  });

  test("the org chart opens a seat and finds a person by name", async ({ page }) => {
    await page.goto("/org-chart");
    await expect(page.getByRole("heading", { name: "Succession org chart" })).toBeVisible();
    const boxes = page.getByTestId("org-box");
    await expect(boxes.first()).toBeVisible();
    const before = await boxes.count();
    const closed = page.locator("button[aria-expanded=false]").first();
    await closed.click();
    await expect(page.locator("button[aria-expanded=true]").nth(1)).toBeVisible();
    await expect.poll(() => boxes.count()).toBeGreaterThan(before);

    // Someone deep in the tree: an individual contributor, so the path has to open.
    const found = await page.request.get("/org-chart/search?q=an");
    const { matches } = (await found.json()) as { matches: { name: string; title: string; positionId: string }[] };
    const target = matches.find((m) => !/chief|director|vp|manager|head/i.test(m.title)) ?? matches[0]!;
    await page.getByRole("button", { name: "Collapse all" }).click();
    await page.getByLabel("Find a person").fill(target.name);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    const pick = page.getByRole("list", { name: "Matching people" });
    if (await pick.isVisible().catch(() => false)) await pick.getByRole("button", { name: new RegExp(target.name) }).first().click();
    const highlighted = page.locator(`[data-position-id="${target.positionId}"]`);
    await expect(highlighted).toHaveAttribute("data-highlighted", "true");
    await expect(highlighted).toBeInViewport();
    await expect(highlighted).toContainText(target.name);
    await expect(page.getByRole("status").filter({ hasText: `Showing ${target.name}` })).toBeVisible();
  });

  test("the summary has every section, ready to print", async ({ page }) => {
    await page.goto("/summary");
    await expect(page.getByRole("heading", { name: /executive summary/i, level: 1 })).toBeVisible();
    await expect(page.getByText(/Whole organization · as of \d{1,2} \w+ \d{4}/)).toBeVisible();
    for (const name of ["Ten most exposed positions", "Risk by division and level", "Leadership pipeline", "Thresholds used"]) {
      await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    }
    await expect(page.getByTestId("top-positions").locator("tbody tr")).toHaveCount(10);
    expect(await page.getByTestId("heatmap-cell").count()).toBeGreaterThan(5);
    await expect(page.locator('[data-chart="summary-funnel"] canvas')).toBeVisible();
    await expect(page.locator('[data-chart="summary-funnel"] table')).toBeVisible();
    await expect(page.getByText(/retirement date on or before the as-of date \+ \d+ months/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  });

  test("a seat's title opens its slate from the summary and the org chart", async ({ page }) => {
    await page.goto("/org-chart");
    const box = page.getByTestId("org-box").first();
    const id = await box.getAttribute("data-position-id");
    await expect(box.locator(`a[href="/positions/${encodeURIComponent(id ?? "")}"]`)).toBeVisible();
    await page.goto("/summary");
    const first = page.getByTestId("top-positions").locator("tbody tr").first().getByRole("rowheader").getByRole("link");
    const title = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/positions\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  });

  test("no personal retirement date, flight risk or birth year reaches an executive", async ({ page }) => {
    await page.goto("/org-chart");
    const root = await page.getByTestId("org-box").first().getAttribute("data-position-id");
    const children = await (await page.request.get(`/org-chart/children?parent=${encodeURIComponent(root ?? "")}`)).text();
    await page.goto("/summary");
    const summary = await page.content();
    for (const body of [children, summary]) {
      expect(body).not.toMatch(/retirementDate|retirementSource|flightRisk|birthYear/);
    }
  });

  // The default states are in accessibility.spec.ts; these are the opened ones.
  test("the heatmap's division and number tables and the opened org chart have no serious accessibility violations", async ({ page }) => {
    await page.goto("/heatmap");
    await page.getByRole("button", { name: "Engineering" }).click();
    const trend = page.locator('[data-chart="bench-trend"]');
    await trend.getByText("Show numbers").click();
    // The flag counts month by month are on the page, not only in the API.
    await expect(trend.getByRole("columnheader", { name: "No successor" })).toBeVisible();
    await expect(trend.getByRole("columnheader", { name: "Stuck in management" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto("/org-chart");
    await page.locator("button[aria-expanded=false]").first().click();
    await expect(page.locator("button[aria-expanded=true]").nth(1)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test("a manager's heatmap covers their reporting line only", async ({ page }) => {
  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  await page.goto("/heatmap");
  await expect(page.getByRole("rowheader", { name: "Your reporting line" })).toBeVisible();
  const managerCells = await page.getByTestId("heatmap").locator("tbody tr").count();
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await page.goto("/heatmap");
  expect(await page.getByTestId("heatmap").locator("tbody tr").count()).toBeGreaterThan(managerCells);
});
