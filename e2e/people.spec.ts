import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The People directory and the person profile: what each role may open,
// and what a profile says about readiness.
const AS_OF = "2026-12-01";

async function tableTotal(page: Page): Promise<number> {
  const text = await page.getByTestId("table-range").innerText();
  if (text === "No rows") return 0;
  return Number(/of ([\d,]+)/.exec(text)![1]!.replace(/,/g, ""));
}

// Data rows only: the virtualised body also holds hidden spacer rows.
const rows = (page: Page) => page.getByRole("table").locator("tbody tr:not([aria-hidden])");

test.describe("People as HR", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  });

  test("filters to people stuck in management and explains it on their profile", async ({ page }) => {
    await page.goto(`/people?asOf=${AS_OF}`);
    const everyone = await tableTotal(page);
    expect(everyone).toBeGreaterThanOrEqual(390);

    await page.getByLabel("Stuck in management").selectOption("true");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/stuck=true/);
    await expect.poll(() => tableTotal(page)).toBeLessThan(everyone);
    const stuck = await tableTotal(page);
    expect(stuck).toBeGreaterThan(0);
    for (const row of await rows(page).all()) await expect(row.getByText("Stuck in management")).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    const records = parse(readFileSync(await download.path()), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(stuck);
    expect(records.every((r) => r.stuck === "true")).toBe(true);

    await rows(page).first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/people\/[^/?]+/);
    const evidence = page.getByTestId("stuck-evidence");
    await expect(evidence).toContainText("Stuck in management");
    await expect(evidence).toContainText(/In role \d+ months?;/);
    await expect(evidence).toContainText(/threshold/);
    await expect(page.getByRole("heading", { name: "Nine-box" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Scores over cycles" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audit history" })).toBeVisible();
    await expect(page.getByText("Birth year (HR only)")).toBeVisible();
    // Codes read as words: "Medium", never the stored "medium".
    await expect(page.locator("dt", { hasText: "Flight risk (HR only)" }).locator("+ dd")).toHaveText(/^(Low|Medium|High|—)$/);
  });

  test("searches and sorts on the server, and keeps both in the URL", async ({ page }) => {
    await page.goto(`/people?asOf=${AS_OF}&sort=-leadScore`);
    const header = page.getByRole("columnheader", { name: /Lead/ });
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const leads = (await rows(page).locator("td:nth-of-type(6)").allInnerTexts()).map(Number).filter((n) => !Number.isNaN(n));
    expect(leads.length).toBeGreaterThan(5);
    expect(leads).toEqual([...leads].sort((a, b) => b - a));

    const name = (await rows(page).first().getByRole("link").first().innerText()).split(" ")[0]!;
    await page.getByLabel("Search").fill(name);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(name)}`));
    await expect(page).toHaveURL(/sort=-leadScore/);
    for (const row of await rows(page).all()) await expect(row).toContainText(new RegExp(name, "i"));
  });
});

test("a page of 200 people keeps its size in the URL and renders only the rows in view", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto(`/people?asOf=${AS_OF}&page=3`);
  // Switching sizes keeps the rows being read: row 101 is on page 1 of 200.
  await page.getByRole("group", { name: "Rows per page" }).getByRole("link", { name: "200" }).click();
  await expect(page).toHaveURL(/pageSize=200/);
  await expect(page).not.toHaveURL(/page=\d/);
  const total = await tableTotal(page);
  await expect(page.getByTestId("table-range")).toHaveText(`1–200 of ${total}`);
  expect(await rows(page).count()).toBeLessThan(100);

  await page.getByTestId("table-scroll").evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
  await expect(rows(page).last()).toHaveAttribute("aria-rowindex", "201");

  // A filter keeps the size.
  await page.getByLabel("Level", { exact: true }).selectOption("L1");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/level=L1/);
  await expect(page).toHaveURL(/pageSize=200/);
});

test("a manager sees their reporting line only, and a profile outside it is a 404", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto(`/people?asOf=${AS_OF}`);
  const hrTotal = await tableTotal(page);
  // The chief executive is above every manager's reporting line.
  const ceo = await page.request.get("/people/E000001");
  expect(ceo.status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  await page.goto(`/people?asOf=${AS_OF}`);
  await expect(page.getByText("Everyone in your reporting line")).toBeVisible();
  const managerTotal = await tableTotal(page);
  expect(managerTotal).toBeGreaterThan(0);
  expect(managerTotal).toBeLessThan(hrTotal);

  // A report's profile opens, with scores but without HR-only parts.
  await rows(page).first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Readiness" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Audit history" })).toHaveCount(0);
  await expect(page.getByText("Birth year (HR only)")).toHaveCount(0);

  const response = await page.goto("/people/E000001");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Person not found" })).toBeVisible();
});

test("executives have no people directory", async ({ page }) => {
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toHaveCount(0);
  expect((await page.goto("/people"))?.status()).toBe(404);
  expect((await page.goto("/people/E000001"))?.status()).toBe(404);
});

test("the directory and a profile have no serious accessibility violations", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  for (const path of [`/people?asOf=${AS_OF}`, `/people/E000001?asOf=${AS_OF}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    expect(serious).toEqual([]);
  }
});
