import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, accountId } from "./authz/world";
import { DEMO_PASSWORD, seriousAccessibilityViolations, signIn } from "./helpers";

// Every page, as the role that uses it, in the states people meet: filled,
// empty, refused and not found. axe must report no serious or critical
// violation on any of them (issue 4 §6). Findings are collected per page so
// one run names them all.

const AS_OF = "2026-12-01";

interface Visit {
  path: string;
  // Puts the page into the state worth checking and waits for it.
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => expect(page.getByRole("heading", { level: 1 })).toBeVisible();
const table = (page: Page) => expect(page.getByRole("table").first()).toBeVisible();

async function sweep(page: Page, visits: Visit[]) {
  const findings: string[] = [];
  for (const visit of visits) {
    await page.goto(visit.path);
    await visit.ready(page);
    findings.push(...(await seriousAccessibilityViolations(page)));
  }
  expect(findings).toEqual([]);
}

test("the sign-in page", async ({ page }) => {
  await sweep(page, [{ path: "/login", ready: (p) => expect(p.getByRole("button", { name: "Sign in", exact: true })).toBeVisible() }]);
});

test("the admin's users pages, with a refused form", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin, DEMO_PASSWORD);
  await sweep(page, [
    { path: "/admin/users", ready: table },
    {
      path: "/admin/users",
      ready: async (p) => {
        await p.getByLabel("Work email").fill("not-an-email");
        await p.getByRole("button", { name: "Add user" }).click();
        await expect(p.getByTestId("add-user-outcome")).toBeVisible();
      },
    },
    { path: `/admin/users/${accountId(ACCOUNTS.manager)}`, ready: heading },
  ]);
});

test("HR's pages, filled, empty and not found", async ({ page }) => {
  // Twenty pages, each loaded and scanned by axe: more than the default
  // minute on a busy two-core machine.
  test.setTimeout(180_000);
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  const seat = (await (await page.request.get(`/api/v1/positions?asOf=${AS_OF}&sort=-risk&pageSize=1`)).json()).rows[0].positionId;
  await sweep(page, [
    { path: "/", ready: heading },
    { path: `/gaps?asOf=${AS_OF}`, ready: table },
    { path: `/gaps?asOf=${AS_OF}&q=no-such-position-anywhere`, ready: (p) => expect(p.getByText(/No positions match/i)).toBeVisible() },
    { path: `/people?asOf=${AS_OF}`, ready: table },
    { path: `/people/E000001?asOf=${AS_OF}`, ready: heading },
    { path: "/people/E999999", ready: (p) => expect(p.getByRole("heading", { name: "Person not found" })).toBeVisible() },
    { path: `/positions/${seat}`, ready: heading },
    { path: "/no-such-page", ready: (p) => expect(p.getByRole("heading", { name: "Page not found" })).toBeVisible() },
    { path: "/review", ready: heading },
    { path: "/nominations", ready: heading },
    { path: "/team", ready: heading },
    { path: "/audit", ready: table },
    { path: "/heatmap", ready: (p) => expect(p.getByTestId("heatmap")).toBeVisible() },
    { path: "/org-chart", ready: heading },
    { path: "/summary", ready: heading },
    // A chain of moves, the search hits and the save form in one state.
    { path: "/scenarios?leavers=E000274,E000359,E000001&q=finance", ready: (p) => expect(p.getByRole("heading", { name: "The chain of moves" })).toBeVisible() },
    {
      path: "/settings",
      ready: async (p) => {
        // The age rule's warning is part of the page's accessible state.
        await p.getByLabel("Estimate retirement from age (age rule)").check();
        await expect(p.getByTestId("age-rule-warning")).toBeVisible();
      },
    },
    { path: "/import", ready: heading },
    {
      path: "/import",
      ready: async (p) => {
        await p.getByLabel("Kind of file").selectOption("people");
        await p.locator("input[type=file]").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from("employee_id,name\nE1,Someone\n") });
        await p.getByRole("button", { name: "Preview" }).click();
        await expect(p.getByTestId("import-errors")).toBeVisible();
      },
    },
  ]);
});

test("a manager's team, assessment and development forms", async ({ page }) => {
  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  await page.goto("/team");
  const report = await page.locator("tr[data-row-id]").first().getAttribute("data-row-id");
  expect(report).toMatch(/^E\d+$/);
  await sweep(page, [
    { path: "/", ready: heading },
    { path: "/team", ready: table },
    { path: `/team/${report}/assess`, ready: heading },
    { path: `/team/${report}/develop`, ready: heading },
    // A workspace that is not a manager's: the not-found page inside the shell.
    { path: "/settings", ready: (p) => expect(p.getByRole("heading", { name: "Page not found" })).toBeVisible() },
    { path: "/nominations", ready: heading },
    { path: `/gaps?asOf=${AS_OF}`, ready: table },
    { path: "/heatmap", ready: (p) => expect(p.getByTestId("heatmap")).toBeVisible() },
  ]);
});

test("an executive's views", async ({ page }) => {
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await sweep(page, [
    { path: "/", ready: heading },
    { path: `/gaps?asOf=${AS_OF}`, ready: table },
    { path: "/heatmap", ready: (p) => expect(p.getByTestId("heatmap")).toBeVisible() },
    { path: "/summary", ready: heading },
  ]);
});
