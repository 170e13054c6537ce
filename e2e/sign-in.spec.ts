import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

const roles = [
  { email: "hr@baton.example", label: "HR" },
  { email: "admin@baton.example", label: "Administrator" },
  { email: "exec@baton.example", label: "Executive" },
  { email: "manager@baton.example", label: "Manager" },
];

for (const { email, label } of roles) {
  test(`${label} signs in and sees the shell with real counts`, async ({ page }) => {
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByText(label, { exact: true })).toBeVisible();
    const people = page.getByText("People", { exact: true }).locator("..");
    const count = Number((await people.locator("p").nth(1).innerText()).replace(/,/g, ""));
    expect(count).toBeGreaterThan(0);
    if (label === "Manager") expect(count).toBeLessThan(400);
    else expect(count).toBeGreaterThanOrEqual(390);
  });
}

test("a manager sees only their subtree and no more than HR", async ({ page }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  const hrPositions = await page.getByText("Positions", { exact: true }).locator("..").locator("p").nth(1).innerText();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "manager@baton.example", DEMO_PASSWORD);
  const managerPositions = await page.getByText("Positions", { exact: true }).locator("..").locator("p").nth(1).innerText();
  expect(Number(managerPositions.replace(/,/g, ""))).toBeLessThan(Number(hrPositions.replace(/,/g, "")));
  await expect(page.getByText("In your reporting line")).toBeVisible();
});

test("a wrong password is refused with a visible message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Work email").fill("hr@baton.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password do not match an active Baton account.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("pages need a session: the shell redirects to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  // The tab shows Baton's icon, served without a session.
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toMatch(/^\/icon\.svg/);
  const response = await page.request.get(icon!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});

test("the session cookie is httpOnly and SameSite", async ({ page, context }) => {
  await signIn(page, "hr@baton.example", DEMO_PASSWORD);
  const cookie = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(cookie).toBeDefined();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});
