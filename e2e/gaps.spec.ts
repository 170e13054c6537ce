import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The Pipeline gaps page against the seeded demo organization: filters,
// sorting and the as-of date live in the URL, the export matches the table,
// and a manager sees only their reporting line.
const AS_OF = "2026-12-01";

async function tableTotal(page: Page): Promise<number> {
  const text = await page.getByTestId("table-range").innerText();
  if (text === "No rows") return 0;
  const match = /of ([\d,]+)/.exec(text);
  expect(match, `table range "${text}"`).not.toBeNull();
  return Number(match![1]!.replace(/,/g, ""));
}

// The rendered data rows; the table is virtualised, so spacer rows (hidden
// from assistive technology) stand in for the rest.
const rows = (page: Page) => page.getByRole("table").locator("tbody tr:not([aria-hidden])");
const tileValue = async (page: Page, testId: string) => Number((await page.getByTestId(testId).locator("p").nth(1).innerText()).replace(/[^\d.]/g, ""));

test.describe("Pipeline gaps as HR", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "hr@baton.example", DEMO_PASSWORD);
    await page.goto(`/gaps?asOf=${AS_OF}`);
    await expect(page.getByRole("heading", { name: "Pipeline gaps" })).toBeVisible();
  });

  test("filters by a flag, then by an org unit, and the URL holds the view", async ({ page }) => {
    const all = await tableTotal(page);
    const flagged = Number(await page.getByTestId("flag-count-no-successor").locator("span").last().innerText());
    expect(flagged).toBeGreaterThan(0);

    await page.getByLabel("Flag", { exact: true }).selectOption("no-successor");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/flag=no-successor/);
    await expect.poll(() => tableTotal(page)).toBe(flagged);
    expect(flagged).toBeLessThan(all);
    for (const row of await rows(page).all()) await expect(row.getByText("No successor")).toBeVisible();

    const unit = "Engineering";
    await page.getByLabel("Org unit").selectOption(unit);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/orgUnit=Engineering/);
    await expect(page).toHaveURL(/flag=no-successor/);
    const narrowed = await tableTotal(page);
    expect(narrowed).toBeLessThanOrEqual(flagged);
    for (const row of await rows(page).all()) await expect(row.getByRole("link", { name: /Engineering|Show only Engineering/ }).first()).toBeVisible();

    // The URL is the whole state: reloading it gives the same view.
    await page.reload();
    await expect.poll(() => tableTotal(page)).toBe(narrowed);
    await expect(page.getByLabel("Flag", { exact: true })).toHaveValue("no-successor");
  });

  test("sorts by risk on the server, both ways", async ({ page }) => {
    const riskHeader = page.getByRole("columnheader", { name: /Risk/ });
    await expect(riskHeader).toHaveAttribute("aria-sort", "descending");
    expect(await rows(page).count()).toBeGreaterThan(1);

    await riskHeader.getByRole("button").click();
    await expect(page).toHaveURL(/sort=risk(&|$)/);
    await expect(riskHeader).toHaveAttribute("aria-sort", "ascending");
    const ascending = await riskValues(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await riskHeader.getByRole("button").click();
    await expect(page).toHaveURL(/sort=-risk/);
    await expect(riskHeader).toHaveAttribute("aria-sort", "descending");
    const descending = await riskValues(page);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(ascending[0]!);
  });

  test("a later as-of date moves the retirement counts", async ({ page }) => {
    const before = await tileValue(page, "tile-retiring");
    await page.getByLabel("As of").fill("2034-06-30");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/asOf=2034-06-30/);
    await expect(page.getByText("as of 30 Jun 2034")).toBeVisible();
    await expect.poll(() => tileValue(page, "tile-retiring")).not.toBe(before);
  });

  test("exports exactly the filtered rows as CSV", async ({ page }) => {
    await page.getByLabel("Risk", { exact: true }).selectOption("high");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/riskBand=high/);
    const total = await tableTotal(page);
    expect(total).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe(`baton-gaps-${AS_OF}.csv`);
    const records = parse(readFileSync(await download.path()), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(total);
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(["position_id", "retirement_source", "successors_ready_now", "flags", "risk"]));
    for (const record of records) expect(Number(record.risk)).toBeGreaterThanOrEqual(60);

    // The same rows as an Excel workbook, with typed cells.
    const [workbookDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export Excel" }).click()]);
    expect(workbookDownload.suggestedFilename()).toBe(`baton-gaps-${AS_OF}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await workbookDownload.path());
    const sheet = workbook.getWorksheet("Gaps")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(Object.keys(records[0]!));
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const column = (name: string) => sheet.getColumn(header.indexOf(name) + 1).values.slice(2);
    expect(column("risk").every((v) => typeof v === "number" && v >= 60)).toBe(true);
    expect(column("critical").every((v) => typeof v === "boolean")).toBe(true);
    expect(column("retirement_date").filter((v) => v !== null && v !== undefined).every((v) => v instanceof Date)).toBe(true);
  });

  test("opens an incumbent's profile from a row", async ({ page }) => {
    const link = rows(page).locator('a[href^="/people/"]').first();
    const name = await link.innerText();
    await link.click();
    await expect(page).toHaveURL(/\/people\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });
});

async function riskValues(page: Page): Promise<number[]> {
  // The risk cell is the first <td> (the position is the row header); its
  // first number is the risk.
  const cells = await rows(page).locator("td:nth-of-type(1)").allInnerTexts();
  return cells.map((text) => Number(/\d+/.exec(text)?.[0]));
}

test("a manager sees only the seats in their reporting line", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto(`/gaps?asOf=${AS_OF}`);
  const hrTotal = await tableTotal(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  await page.goto(`/gaps?asOf=${AS_OF}`);
  await expect(page.getByText("The seats in your reporting line")).toBeVisible();
  const managerTotal = await tableTotal(page);
  expect(managerTotal).toBeGreaterThan(0);
  expect(managerTotal).toBeLessThan(hrTotal);
});

test("an executive sees the gap report without retirement dates", async ({ page }) => {
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await page.goto(`/gaps?asOf=${AS_OF}`);
  await expect(page.getByRole("columnheader", { name: "Incumbent", exact: true })).toBeVisible();
  await expect(page.getByText("Retirement dates are personal plans")).toBeVisible();
  const csv = await page.request.get(`/gaps/export?asOf=${AS_OF}`);
  expect((await csv.text()).split("\n")[0]).not.toContain("retirement");
});

test("the gap report has no serious accessibility violations", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto(`/gaps?asOf=${AS_OF}`);
  await expect(page.getByRole("table")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(serious).toEqual([]);
});

test.describe("a page of many positions", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  });

  test("renders only the rows in view, and scrolling brings the last row of the page", async ({ page }) => {
    const response = await page.request.get(`/api/v1/positions?asOf=${AS_OF}&pageSize=1000`);
    expect(response.ok()).toBe(true);
    const api = (await response.json()) as { rows: { positionId: string }[]; total: number };
    const count = api.rows.length;
    expect(count).toBeGreaterThan(300);

    await page.goto(`/gaps?asOf=${AS_OF}`);
    await page.getByRole("group", { name: "Rows per page" }).getByRole("link", { name: "1,000" }).click();
    await expect(page).toHaveURL(/pageSize=1000/);
    await expect(page.getByTestId("table-range")).toHaveText(`1–${count} of ${api.total}`);
    await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(api.total + 1));

    const lastId = api.rows.at(-1)!.positionId;
    const table = page.getByRole("table");
    await expect(rows(page).first()).toContainText(api.rows[0]!.positionId);
    expect(await rows(page).count()).toBeLessThan(count / 5);
    await expect(table.getByText(lastId, { exact: true })).toHaveCount(0);

    await page.getByTestId("table-scroll").evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await expect(rows(page).last()).toContainText(lastId);
    await expect(rows(page).last()).toHaveAttribute("aria-rowindex", String(count + 1));
    // The pager says where the reader is in the page.
    await expect(page.getByTestId("rows-in-view")).toHaveText(new RegExp(`–${count} in view$`));
    await expect(table.getByText(api.rows[0]!.positionId, { exact: true })).toHaveCount(0);
    expect(await rows(page).count()).toBeLessThan(count / 5);
    // The header stays in view above the last rows.
    await expect(page.getByRole("columnheader", { name: /Risk/ })).toBeInViewport();
  });

  test("sorts on the server at 1,000 rows a page and starts the new order at its top", async ({ page }) => {
    const ascending = (await (await page.request.get(`/api/v1/positions?asOf=${AS_OF}&pageSize=1000&sort=risk`)).json()) as { rows: { positionId: string }[] };
    await page.goto(`/gaps?asOf=${AS_OF}&pageSize=1000`);
    const box = page.getByTestId("table-scroll");
    // Until the table has hydrated a scroll moves no rows: scroll again until it does.
    await expect(async () => {
      await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
      await expect(rows(page).first()).not.toHaveAttribute("aria-rowindex", "2", { timeout: 1000 });
    }).toPass();

    await page.getByRole("columnheader", { name: /Risk/ }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=risk(&|$)/);
    await expect(page).toHaveURL(/pageSize=1000/);
    await expect(rows(page).first()).toHaveAttribute("aria-rowindex", "2");
    await expect(rows(page).first()).toContainText(ascending.rows[0]!.positionId);
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
  });

  test("Tab walks through the rows beyond the first screen", async ({ page }) => {
    await page.goto(`/gaps?asOf=${AS_OF}&pageSize=1000`);
    const firstScreen = await rows(page).count();
    await rows(page).first().getByRole("link").first().focus();
    // Up to three links a row (the seat's slate, incumbent, org unit): enough
    // presses to pass every row rendered at first.
    for (let i = 0; i < firstScreen * 3 + 10; i++) await page.keyboard.press("Tab");
    const index = await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex") ?? null);
    expect(Number(index)).toBeGreaterThan(firstScreen + 1);

    // The focused row stays in the document when it is scrolled far away,
    // so focus is not lost and the next Tab continues from it.
    const focusedRow = await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"));
    await page.getByTestId("table-scroll").evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await expect(rows(page).last()).toHaveAttribute("aria-rowindex", /\d{3}/);
    expect(await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"))).toBe(focusedRow);
  });
});
