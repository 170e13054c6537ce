import { expect, test } from "@playwright/test";
import { ACCOUNTS, MANAGER2_ID } from "./authz/world";
import { DEMO_PASSWORD, signIn } from "./helpers";

// Issue 15's users page, issue 11's sessions: an admin adds a manager with a
// one-time password, the manager signs in with it, and once the admin
// deactivates them their open session is refused at once.

test("an admin adds a manager who signs in, then deactivates them and their session ends", async ({ page, browser, baseURL }) => {
  const email = `ida.users.${Date.now()}@baton.example`;
  await signIn(page, ACCOUNTS.admin, DEMO_PASSWORD);
  await page.getByRole("navigation").getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("manager");
  await page.getByLabel("Linked person (employee id)").fill(MANAGER2_ID);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("add-user-outcome")).toContainText(`Added ${email}`);
  const password = (await page.getByTestId("add-user-outcome-secret").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);

  const managerContext = await browser.newContext({ baseURL });
  try {
    const manager = await managerContext.newPage();
    await signIn(manager, email, password);
    await expect(manager.getByRole("navigation").getByRole("link", { name: "My team" })).toBeVisible();
    await expect(manager.getByRole("navigation").getByRole("link", { name: "Users" })).toHaveCount(0);
    expect((await manager.request.get("/api/v1/pipeline")).status()).toBe(200);

    await page.goto("/admin/users?sort=-lastSignInAt");
    const row = page.getByRole("row", { name: new RegExp(email.replaceAll(".", "\\.")) });
    await expect(row).toContainText("Manager");
    await expect(row.getByRole("cell").last()).toHaveText("1");
    await row.getByRole("link", { name: email }).click();
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByTestId("active-outcome")).toContainText(`Deactivated ${email}. One session was ended.`);

    // The manager's cookie is dead on the very next request, page and API alike.
    expect((await manager.request.get("/api/v1/pipeline")).status()).toBe(401);
    await manager.goto("/team");
    await expect(manager).toHaveURL(/\/login/);
    await manager.getByLabel("Work email").fill(email);
    await manager.getByLabel("Password").fill(password);
    await manager.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(manager.getByTestId("signed-in-as")).toHaveCount(0);
  } finally {
    await managerContext.close();
  }
});
