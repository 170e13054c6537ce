// npx tsx scripts/screenshots.ts [baseUrl] [only] [--out DIR]
// Signs in as each demo role against a running Baton and saves full-page
// PNGs into docs/screenshots/ (or DIR: another organization's sweep, looked
// at and not committed), for the README and for looking at the pages.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" } } });
const baseUrl = positionals[0] ?? "http://127.0.0.1:3000";
// Optional: only the shots whose file name contains this text.
const only = positionals[1];
const outDir = path.resolve(values.out ?? path.join(__dirname, "../docs/screenshots"));

const shots: { file: string; email: string | null; path: string }[] = [
  { file: "login.png", email: null, path: "/login" },
  { file: "overview-hr.png", email: "hr@baton.example", path: "/" },
  { file: "overview-manager.png", email: "manager@baton.example", path: "/" },
  { file: "heatmap-exec.png", email: "exec@baton.example", path: "/heatmap" },
  { file: "heatmap-manager.png", email: "manager@baton.example", path: "/heatmap" },
  { file: "org-chart-exec.png", email: "exec@baton.example", path: "/org-chart" },
  { file: "summary-exec.png", email: "exec@baton.example", path: "/summary" },
  { file: "gaps-hr.png", email: "hr@baton.example", path: "/gaps?asOf=2026-12-01&pageSize=15" },
  { file: "gaps-filtered-hr.png", email: "hr@baton.example", path: "/gaps?asOf=2026-12-01&flag=retirement-uncovered" },
  { file: "gaps-manager.png", email: "manager@baton.example", path: "/gaps?asOf=2026-12-01&pageSize=15" },
  { file: "gaps-exec.png", email: "exec@baton.example", path: "/gaps?asOf=2026-12-01&pageSize=15" },
  { file: "people-hr.png", email: "hr@baton.example", path: "/people?asOf=2026-12-01&pageSize=15" },
  { file: "people-manager.png", email: "manager@baton.example", path: "/people?asOf=2026-12-01" },
  { file: "profile-hr.png", email: "hr@baton.example", path: "/people/E000334?asOf=2026-12-01" },
  { file: "profile-manager.png", email: "manager@baton.example", path: "/people/E000190?asOf=2026-12-01" },
  { file: "review-hr.png", email: "hr@baton.example", path: "/review" },
  { file: "team-manager.png", email: "manager@baton.example", path: "/team" },
  { file: "nominations-hr.png", email: "hr@baton.example", path: "/nominations" },
  { file: "nominations-manager.png", email: "manager@baton.example", path: "/nominations" },
  { file: "not-found-manager.png", email: "manager@baton.example", path: "/settings" },
  { file: "settings-hr.png", email: "hr@baton.example", path: "/settings" },
  { file: "account-manager.png", email: "manager@baton.example", path: "/account" },
  { file: "account-hr.png", email: "hr@baton.example", path: "/account" },
  { file: "import-hr.png", email: "hr@baton.example", path: "/import" },
  { file: "users-admin.png", email: "admin@baton.example", path: "/admin/users" },
  { file: "user-detail-admin.png", email: "admin@baton.example", path: "/admin/users/3" },
  { file: "overview-exec.png", email: "exec@baton.example", path: "/" },
  { file: "audit-hr.png", email: "hr@baton.example", path: "/audit?entity=nomination" },
  { file: "snapshots-hr.png", email: "hr@baton.example", path: "/snapshots" },
  { file: "assess-manager.png", email: "manager@baton.example", path: "/team/E000190/assess" },
  { file: "develop-manager.png", email: "manager@baton.example", path: "/team/E000190/develop" },
  // The demo's CFO (Finance's head) leaves: the chain of moves, the unfilled seats, before and after.
  { file: "scenarios-cfo-exec.png", email: "exec@baton.example", path: "/scenarios?leavers=E000274" },
  { file: "scenarios-chain-exec.png", email: "exec@baton.example", path: "/scenarios?leavers=E000274,E000359,E000001" },
  { file: "scenarios-retire-by-exec.png", email: "exec@baton.example", path: "/scenarios?retireBy=2028-12-31" },
  { file: "scenarios-search-hr.png", email: "hr@baton.example", path: "/scenarios?q=finance" },
  // Needs a saved scenario with id 1 (save one on the page first).
  { file: "scenarios-saved-hr.png", email: "hr@baton.example", path: "/scenarios?saved=1" },
  // A seat with nobody on its slate: the suggestions, and one picked into the nominate form.
  { file: "slate-suggestions-hr.png", email: "hr@baton.example", path: "/positions/P-PPL-0001" },
  { file: "slate-suggestion-picked-hr.png", email: "hr@baton.example", path: "/positions/P-PPL-0001?candidate=E000342" },
];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (const shot of shots.filter((s) => !only || s.file.includes(only))) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      if (shot.email) {
        await page.goto(`${baseUrl}/login`);
        await page.getByLabel("Work email").fill(shot.email);
        await page.getByLabel("Password").fill("baton-demo");
        await page.getByRole("button", { name: "Sign in", exact: true }).click();
        await page.getByTestId("signed-in-as").waitFor();
      }
      await page.goto(`${baseUrl}${shot.path}`);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: path.join(outDir, shot.file), fullPage: true });
      console.error(`saved ${path.relative(process.cwd(), path.join(outDir, shot.file))}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
