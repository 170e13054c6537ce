import { expect, type Page } from "@playwright/test";

// Demo accounts exist only in the demo seed (scripts/seed.ts); see README.
export const DEMO_PASSWORD = "baton-demo";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}
