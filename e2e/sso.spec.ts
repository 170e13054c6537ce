import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE_URL, E2E_SSO } from "../playwright.config";
import { baton } from "./security/cli";

// Single sign-on through a real OpenID Connect provider on loopback
// (e2e/sso/identity-provider.mjs): the provider proves who someone is, Baton
// decides whether they may come in and with which role.

let identityProvider: ChildProcess;
// Next.js names a loopback server "localhost" in the URLs its route handlers
// see, whatever the Host header says, so the sign-on's redirect address is
// computed as localhost: the browser must be on that origin for its cookies to
// come back with the provider's answer. (In production AUTH_URL names the
// public address; docs/sso.md.)
let origin: string;

test.beforeAll(async ({ baseURL }) => {
  origin = baseURL!.replace("127.0.0.1", "localhost");
  identityProvider = spawn(
    process.execPath,
    [path.resolve(__dirname, "sso/identity-provider.mjs"), String(E2E_SSO.port), origin, E2E_SSO.clientId, E2E_SSO.clientSecret],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    identityProvider.stdout!.on("data", (chunk) => String(chunk).includes("ready") && resolve());
    identityProvider.on("exit", (code) => reject(new Error(`the identity provider exited with ${code}`)));
  });
});

test.afterAll(() => {
  identityProvider?.kill();
});

// Through the provider's own screens, as a person would: Baton's button,
// the provider's sign-in form, its consent screen, back to Baton.
async function signInThroughProvider(page: Page, email: string) {
  await page.goto(`${origin}/login`);
  await page.getByRole("button", { name: `Sign in with ${E2E_SSO.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_SSO.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("whatever the provider checks");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin !== E2E_SSO.issuer);
}

// Next's route announcer is an alert too.
const refusal = (page: Page) => page.getByRole("alert").filter({ hasText: "Baton account" });

test("a known email signs in through the identity provider and gets its Baton role", async ({ page }) => {
  await signInThroughProvider(page, "exec@baton.example");
  await expect(page).toHaveURL(`${origin}/`);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expect(page.getByRole("complementary")).toContainText("Executive");
  // The executive's pages answer, HR's do not.
  expect((await page.request.get(`${origin}/api/v1/heatmap`)).status()).toBe(200);
  expect((await page.goto(`${origin}/settings`))!.status()).toBe(404);
});

test("an email Baton does not know is refused with a page that says why", async ({ page }) => {
  await signInThroughProvider(page, "stranger@elsewhere.example");
  await expect(page).toHaveURL(/\/login\?error=AccessDenied/);
  await expect(refusal(page)).toContainText("no active Baton account has that email");
  expect((await page.request.get(`${origin}/api/v1/heatmap`)).status()).toBe(401);
});

test("a deactivated user is refused, though the provider still vouches for them", async ({ page }) => {
  const email = `sso-leaver-${Date.now()}@baton.example`;
  baton("user", "add", email, "--role", "executive");
  const db = new Database(path.resolve(__dirname, "..", E2E_DATABASE_URL.slice("file:".length)));
  try {
    db.prepare("UPDATE User SET active = 0 WHERE email = ?").run(email);
  } finally {
    db.close();
  }
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/login\?error=AccessDenied/);
  await expect(refusal(page)).toBeVisible();
  expect((await page.request.get(`${origin}/api/v1/heatmap`)).status()).toBe(401);
});
