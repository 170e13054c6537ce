// npx tsx scripts/bench-import.ts <baseUrl> <kind> <file.csv> [--apply] [--shots DIR]
// Times the upload page end to end in Chromium, as HR: choose the file, click
// Preview, wait for the result; with --apply, click Apply and wait again.
// Prints each step's wall time and the progress labels it passed through.
// Benchmark figures, not a test; the server must be running already (next
// start) on a database holding the demo HR account. With --shots, saves the
// page mid-preview and after it (1440×900) as DIR/<prefix>-progress.png and
// DIR/<prefix>-preview.png, prefix the file's name.
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { apply: { type: "boolean" }, shots: { type: "string" } } });
const [baseUrl, kind, file] = positionals;
if (!baseUrl || !kind || !file) {
  console.error("usage: bench-import.ts <baseUrl> <kind> <file.csv> [--apply] [--shots DIR]");
  process.exit(2);
}

// Samples the progress label every 100 ms until the step ends.
async function timeStep(page: Page, click: () => Promise<void>, ended: () => Promise<unknown>, shot?: string) {
  const labels: string[] = [];
  const started = performance.now();
  await click();
  let done = false;
  let shotTaken = false;
  const finished = ended().then(() => (done = true));
  while (!done) {
    const label = await page.getByTestId("import-progress").locator("p").innerText({ timeout: 100 }).catch(() => null);
    if (label && labels.at(-1) !== label) labels.push(label);
    if (shot && !shotTaken && label && /Checking each row: [1-9]/.test(label)) {
      await page.screenshot({ path: shot, fullPage: true });
      shotTaken = true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await finished;
  return { seconds: (performance.now() - started) / 1000, labels };
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Work email").fill("hr@baton.example");
    await page.getByLabel("Password").fill("baton-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByTestId("signed-in-as").waitFor();
    await page.goto(`${baseUrl}/import`);
    await page.getByLabel("Kind of file").selectOption(kind!);
    await page.getByLabel(/CSV file/).setInputFiles(file!);
    const result = () => page.locator('[data-testid="import-preview"], [data-testid="import-errors"], [data-testid="import-rejected"]').first().waitFor({ timeout: 15 * 60_000 });
    const prefix = path.basename(file!, ".csv");
    const shot = values.shots ? path.join(values.shots, `${prefix}-progress.png`) : undefined;
    const preview = await timeStep(page, () => page.getByRole("button", { name: "Preview" }).click(), result, shot);
    if (values.shots) await page.screenshot({ path: path.join(values.shots, `${prefix}-preview.png`), fullPage: true });
    console.log(`preview: ${preview.seconds.toFixed(1)} s`);
    console.log(`  ${preview.labels.join("\n  ")}`);
    console.log(`  ${(await page.locator("form > div").last().innerText()).replaceAll("\n", " | ").slice(0, 600)}`);
    if (values.apply) {
      const applied = () =>
        page.locator('[data-testid="import-applied"], [data-testid="import-errors"], [data-testid="import-rejected"]').first().waitFor({ timeout: 15 * 60_000 });
      const apply = await timeStep(page, () => page.getByRole("button", { name: "Apply" }).click(), applied);
      console.log(`apply: ${apply.seconds.toFixed(1)} s`);
      console.log(`  ${apply.labels.join("\n  ")}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
