import { defineConfig } from "@playwright/test";

// E2E runs the production build against its own SQLite file seeded with the
// demo organization (e2e/global-setup.ts). Debian's Chromium, never a
// downloaded browser: this network cannot fetch one.
const PORT = Number(process.env.BATON_E2E_PORT ?? 3100);
export const E2E_PORT = PORT;
// One database per port, so two runs on different ports never share data.
export const E2E_DATABASE_URL = `file:./data/e2e-${PORT}.db`;
// The local OpenID Connect provider e2e/sso.spec.ts starts (e2e/sso/identity-provider.mjs).
// Baton only fetches its discovery document when someone signs in with it.
export const E2E_SSO = {
  port: PORT + 1,
  issuer: `http://127.0.0.1:${PORT + 1}`,
  clientId: "baton-e2e",
  clientSecret: "baton-e2e-client-secret-not-for-production",
  name: "Acme identity",
};

export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output folder at start; keep it apart from the
  // vitest reports that scripts/test-all.sh writes into test-results/.
  outputDir: "test-results/playwright",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Dates follow the browser's language; the specs read them in British English.
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      BATON_DIST_DIR: process.env.BATON_DIST_DIR ?? "",
      BATON_OIDC_ISSUER: E2E_SSO.issuer,
      BATON_OIDC_CLIENT_ID: E2E_SSO.clientId,
      BATON_OIDC_CLIENT_SECRET: E2E_SSO.clientSecret,
      BATON_OIDC_NAME: E2E_SSO.name,
      AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
