import { test } from "@playwright/test";
import { ACCOUNTS, accountId } from "./authz/world";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("shots", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, ACCOUNTS.admin, DEMO_PASSWORD);
  await page.goto("/admin/users");
  await page.getByLabel("Work email").fill("weak@baton.example");
  await page.getByLabel("Role", { exact: true }).selectOption("manager");
  await page.getByLabel("Password", { exact: true }).fill("password1234");
  await page.getByRole("button", { name: "Add user" }).click();
  await page.getByTestId("add-user-outcome").waitFor();
  await page.screenshot({ path: "/tmp/shot-users.png", fullPage: true });
  await page.goto(`/admin/users/${accountId(ACCOUNTS.manager)}`);
  await page.getByLabel("New token's name").fill("nightly HRIS sync");
  await page.getByRole("button", { name: "Create token" }).click();
  await page.getByTestId("token-outcome-secret").waitFor();
  await page.screenshot({ path: "/tmp/shot-user.png", fullPage: true });
  await page.goto(`/admin/users/${accountId(ACCOUNTS.admin)}`);
  await page.screenshot({ path: "/tmp/shot-admin.png", fullPage: true });
});
