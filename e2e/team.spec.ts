import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// A manager's team and the assessment form end to end, on the seeded demo
// organization: E000181 (the demo manager) leads a Sales Operations subtree;
// E000004 sits in Payments Engineering, outside it.
const MANAGER = "manager@baton.example";
const MANAGER_ID = "E000181";
const OUTSIDE_ID = "E000004";

test("a manager sees only their subtree, and assesses a report: draft, then submit", async ({ page }) => {
  await signIn(page, MANAGER, DEMO_PASSWORD);
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "My team" })).toBeVisible();
  const rows = page.locator("tr[data-row-id]");
  await expect(rows.first()).toBeVisible();
  const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-row-id")));
  expect(ids).not.toContain(MANAGER_ID); // nobody assesses themselves
  // The search finds a direct report, and nobody outside the line.
  await page.goto("/team?q=E000182");
  await expect(page.locator('tr[data-row-id="E000182"]')).toBeVisible();
  for (const id of [OUTSIDE_ID, "E000133"]) {
    await page.goto(`/team?q=${id}`);
    await expect(page.getByText("Nobody matches these filters")).toBeVisible();
  }

  // Someone not yet assessed in the open cycle, found in the data.
  await page.goto("/team?status=none");
  const row = rows.filter({ has: page.getByTestId("assessment-status").getByText("Not assessed", { exact: true }) }).first();
  const employeeId = await row.getAttribute("data-row-id");
  expect(employeeId).not.toBeNull();
  await row.getByRole("link", { name: /^Assess / }).click();
  await expect(page).toHaveURL(new RegExp(`/team/${employeeId}/assess$`));
  await expect(page.getByRole("heading", { name: /^Assess / })).toBeVisible();
  // Nothing answered yet: the notes start empty, not with the word "undefined".
  await expect(page.getByLabel("Notes")).toHaveValue("");

  await page.getByLabel("Performance").selectOption("2");
  await page.getByLabel("Potential").selectOption("3");
  for (const item of ["Planning & budgeting", "Organizing & staffing", "Controlling & measuring", "Problem solving"]) {
    await page.getByLabel(item).selectOption("4");
  }
  for (const item of ["Setting direction", "Aligning people", "Motivating & inspiring"]) {
    await page.getByLabel(item).selectOption("3");
  }
  await page.getByLabel("Leadership time share (%)").fill("35");
  await page.getByLabel("Flight risk").selectOption("medium");

  // "Driving change" is left unanswered: a draft keeps what is answered so far.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  await page.goto(`/team?q=${employeeId}`);
  await expect(page.locator(`tr[data-row-id="${employeeId}"]`).getByTestId("assessment-status")).toHaveText("Draft");
  await page.goto(`/team/${employeeId}/assess`);
  await expect(page.getByLabel("Leadership time share (%)")).toHaveValue("35");
  await expect(page.getByLabel("Driving change")).toHaveValue("");

  // Submitting needs every answer, and keeps what was typed.
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Choose a score for Driving change from 1 to 5.")).toBeVisible();
  await expect(page.getByLabel("Driving change")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Leadership time share (%)")).toHaveValue("35");
  await page.getByLabel("Driving change").selectOption("2");
  await page.getByRole("button", { name: "Submit" }).click();

  await expect(page).toHaveURL(/\/team\?done=/);
  await expect(page.getByRole("status").filter({ hasText: `Assessment of ${employeeId} submitted.` })).toBeVisible();
  await page.goto(`/team?q=${employeeId}`);
  await expect(page.locator(`tr[data-row-id="${employeeId}"]`).getByTestId("assessment-status")).toHaveText("Assessed");
  // Saved again, the notes stay empty.
  await page.goto(`/team/${employeeId}/assess`);
  await expect(page.getByLabel("Notes")).toHaveValue("");
});

test("a manager cannot open the assessment of someone outside their subtree, or their own", async ({ page }) => {
  await signIn(page, MANAGER, DEMO_PASSWORD);
  for (const id of [OUTSIDE_ID, MANAGER_ID]) {
    const response = await page.goto(`/team/${id}/assess`);
    expect(response?.status()).toBe(404);
  }
});

test("HR sees the organization's not-yet-assessed list as a paged, searchable, sortable table", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto("/team?pageSize=50");
  await expect(page.getByRole("heading", { name: "Not yet assessed" })).toBeVisible();
  const statuses = page.locator("tr[data-row-id]").getByTestId("assessment-status");
  await expect(statuses.first()).toBeVisible();
  expect(await statuses.allTextContents()).not.toContain("Assessed");
  const pager = page.getByRole("navigation", { name: "Pages" });
  await expect(pager).toContainText(/1–50 of \d{2,}/);

  await page.getByRole("button", { name: /^Manage/ }).click();
  await expect(page).toHaveURL(/sort=-mgmtScore/);
  await page.getByLabel("Search").fill("E0001");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=E0001/);
  const ids = await page.locator("tr[data-row-id]").evaluateAll((els) => els.map((el) => el.getAttribute("data-row-id") ?? ""));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => id.startsWith("E0001"))).toBe(true);
});

test("a manager plans a development action for a report and HR sees it on the profile", async ({ page }) => {
  await signIn(page, MANAGER, DEMO_PASSWORD);
  await page.goto("/team");
  await page.getByRole("link", { name: /^Plan development for / }).first().click();
  await expect(page.getByRole("heading", { name: /^Plan development for / })).toBeVisible();
  const employeeId = page.url().match(/\/team\/([^/]+)\/develop/)?.[1];
  expect(employeeId).toBeTruthy();

  // Nothing chosen: each missing answer is named.
  await page.getByRole("button", { name: "Plan this action" }).click();
  await expect(page.getByText("Choose what kind of action this is.")).toBeVisible();

  await page.getByLabel("Kind of action").selectOption("coaching");
  await page.getByLabel(/^Lead:/).check();
  await page.getByLabel("What, concretely").fill("Coaching on setting direction for the team");
  await page.getByLabel("Due date").fill("2027-03-31");
  await page.getByRole("button", { name: "Plan this action" }).click();
  await expect(page).toHaveURL(/\/team\?done=/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto(`/people/${employeeId}`);
  await expect(page.getByText("Coaching on setting direction for the team")).toBeVisible();
});

test("development plans are out of reach outside the manager's line", async ({ page }) => {
  await signIn(page, MANAGER, DEMO_PASSWORD);
  const response = await page.goto(`/team/${OUTSIDE_ID}/develop`);
  expect(response?.status()).toBe(404);
});
