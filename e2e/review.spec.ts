import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, seriousAccessibilityViolations, signIn } from "./helpers";

const boxCount = async (page: import("@playwright/test").Page, performance: number, potential: number) =>
  Number(await page.getByTestId(`box-${performance}-${potential}`).innerText());

test("HR calibrates a nine-box placement with a reason, kept in history", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Talent review" })).toBeVisible();
  await expect(page.getByTestId("quadrant-manager-not-yet-leader")).toBeVisible();

  // Move the first person who is not already a Star into the Star box.
  const options = await page.getByLabel("Person").locator("option").allInnerTexts();
  const choice = options.find((o) => o.includes("now performance") && !o.includes("performance 3, potential 3"))!;
  const starsBefore = await boxCount(page, 3, 3);
  await page.getByLabel("Person").selectOption({ label: choice });
  await page.getByLabel("New performance").selectOption("3");
  await page.getByLabel("New potential").selectOption("3");
  await page.getByLabel("Reason (kept in the history)").fill("Calibration panel agreed after the Q4 results");
  await page.getByRole("button", { name: "Move to this box" }).click();
  await expect(page.getByText("Moved. The calibration and its reason are in the history below.")).toBeVisible();
  await expect.poll(() => boxCount(page, 3, 3)).toBe(starsBefore + 1);
  await expect(page.getByText("“Calibration panel agreed after the Q4 results”")).toBeVisible();

  // With a calibration in its history: a state the page sweep does not reach.
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

test("filters the review to an org unit and hides it from managers", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto("/review");
  const total = Number((await page.getByText(/people placed/).innerText()).match(/(\d+) people placed/)?.[1]);
  await page.getByLabel("Org unit (and below)").fill("Sales");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/orgUnit=Sales/);
  const sales = Number((await page.getByText(/people placed/).innerText()).match(/(\d+) people placed/)?.[1]);
  expect(sales).toBeGreaterThan(0);
  expect(sales).toBeLessThan(total);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  expect((await page.goto("/review"))?.status()).toBe(404);
});
