import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, seriousAccessibilityViolations, signIn } from "./helpers";

test("a manager turns off decision mails and picks the daily digest; the choice is kept", async ({ page }) => {
  await signIn(page, "manager2@baton.example", DEMO_PASSWORD);
  await page.getByRole("link", { name: "My account" }).click();
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  // The e2e server has no SMTP: the page says so, and the choices still save.
  await expect(page.getByText("E-mail is not set up on this Baton server yet")).toBeVisible();
  await expect(page.getByLabel("A nomination waits for an HR decision")).toHaveCount(0);

  const decisions = page.getByLabel("HR decided a nomination I proposed");
  await expect(decisions).toBeChecked();
  await decisions.uncheck();
  await page.getByLabel("One daily digest with everything since the last one").check();
  await page.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("HR decided a nomination I proposed")).not.toBeChecked();
  await expect(page.getByLabel("People reporting to me are due for assessment")).toBeChecked();
  await expect(page.getByLabel("One daily digest with everything since the last one")).toBeChecked();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // Saving the same again changes nothing.
  await page.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nothing changed" })).toBeVisible();

  // Put it back for other runs on the same data.
  await page.getByLabel("HR decided a nomination I proposed").check();
  await page.getByLabel("One e-mail for each event, as it happens").check();
  await page.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
});

test("HR's settings say e-mail is not configured and which variables turn it on", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "E-mail notifications" });
  await expect(section.getByText("E-mail is not configured")).toBeVisible();
  for (const variable of ["BATON_SMTP_URL", "BATON_MAIL_FROM", "BATON_BASE_URL"]) await expect(section.getByText(variable)).toBeVisible();
});
