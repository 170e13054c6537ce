import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The usual shape of an HRIS export: everything under one company unit
// ("Acme/Engineering/…"). A second Baton on its own database, so the main
// demo's specs keep their divisions at the top.
const PORT = E2E_PORT + 2;
const ROOT = path.resolve(__dirname, "..");
const DATABASE_URL = `file:./data/e2e-single-root-${PORT}.db`;
let server: ChildProcess;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const file = DATABASE_URL.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path.join(ROOT, `${file}${suffix}`), { force: true });
  const env = { ...process.env, DATABASE_URL, AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789", NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--people", "150", "--company-root", "Acme"], { cwd: ROOT, env, stdio: "ignore" });
  server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], { cwd: ROOT, env, stdio: "ignore", detached: true });
  for (let i = 0; i < 60; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/login`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the single-root Baton did not start");
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("under a lone company root the heatmap opens on the divisions, and the division charts have a bar per division", async ({ page }) => {
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await page.goto("/heatmap");
  const grid = page.getByTestId("heatmap");
  const rowNames = (await grid.locator("tbody tr th").allInnerTexts()).map((t) => t.trim());
  expect(rowNames[0]).toBe("Whole organization");
  expect(rowNames).not.toContain("Acme");
  // The divisions are there on first view, each one opening its departments.
  expect(rowNames.length).toBeGreaterThan(3);
  await expect(page.getByRole("button", { name: "Engineering" })).toHaveAttribute("aria-expanded", "false");

  for (const chart of ["bench-strength", "stuck-in-management"]) {
    const figure = page.locator(`[data-chart="${chart}"]`);
    await figure.getByText("Show numbers").click();
    const bars = (await figure.locator("tbody tr th, tbody tr td:first-child").allInnerTexts()).map((t) => t.trim());
    expect(bars, chart).not.toContain("Acme");
    expect(new Set(bars).size, chart).toBeGreaterThan(3);
  }
});

test("a scenario leads with the organization's and the divisions' cells, and folds the departments under their paths", async ({ page }) => {
  await signIn(page, "exec@baton.example", DEMO_PASSWORD);
  await page.goto("/scenarios?retireBy=2030-12-31");
  const headline = (await page.getByTestId("scenario-heatmap").locator("tbody th").allInnerTexts()).map((t) => t.trim());
  expect(headline).toContain("Whole organization");
  expect(headline).not.toContain("Acme");
  const deeper = page.getByTestId("scenario-heatmap-deeper");
  await expect(deeper.locator("tbody")).toBeHidden();
  await deeper.locator("summary").click();
  await expect(deeper.locator("tbody th").first()).toContainText("Acme › ");
});
