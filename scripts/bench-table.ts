// npm run bench:table [-- --requests N] [--runs N]
// The big tables as a person meets them, on the benchmark organization
// (data/bench.db, 100,000 people: `npm run bench` makes it) through a real
// `next start` of the current build (BATON_DIST_DIR, default .next):
// - server: warm response time of the whole HTML page at 1,000 rows a page;
// - browser (Debian's Chromium, 1440×900): navigation to the first rows in
//   the DOM, to the page hydrated and scrolled to its last row, the frame
//   after a jump to the bottom, frame times while scrolling through all
//   1,000 rows, and main-thread long tasks during the load.
// "First rows in the DOM" is the page's own clock (a MutationObserver);
// Playwright's probe runs on the page's main thread, so it sees them only
// once hydration lets go of it. Figures, not pass/fail tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..");
const PORT = 3191;
const BASE = `http://127.0.0.1:${PORT}`;
const AS_OF = "2026-12-01";

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const percentile = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function waitForServer(server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("next start exited early");
    try {
      if ((await fetch(`${BASE}/login`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer");
}

async function timeRequest(page: Page, url: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await page.request.get(url);
  const body = await response.body();
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  return { ms: performance.now() - start, bytes: body.length };
}

// In the page: jump the scroll box to the bottom and time until the frame
// that paints the page's last row.
function jumpToBottom(lastRowIndex: number): Promise<number> {
  const box = document.querySelector<HTMLElement>('[data-testid="table-scroll"]')!;
  const start = performance.now();
  box.scrollTop = box.scrollHeight;
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelector(`tbody tr[aria-rowindex="${lastRowIndex}"]`)) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  });
}

// In the page: scroll from top to bottom a step a frame, as a fast wheel
// would, and return every frame's duration.
function scrollThrough(step: number): Promise<number[]> {
  const box = document.querySelector<HTMLElement>('[data-testid="table-scroll"]')!;
  box.scrollTop = 0;
  const frames: number[] = [];
  return new Promise((resolve) => {
    let last = performance.now();
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) return resolve(frames.slice(1));
      box.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function main() {
  const { values } = parseArgs({ options: { requests: { type: "string", default: "20" }, runs: { type: "string", default: "5" } } });
  const url = process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db";
  const distDir = process.env.BATON_DIST_DIR || ".next";
  if (url.startsWith("file:") && !existsSync(path.resolve(ROOT, url.slice(5)))) throw new Error(`${url} does not exist: run npm run bench first`);
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run npx next build first`);

  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, BATON_DIST_DIR: distDir, AUTH_SECRET: "bench-only-secret", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    await waitForServer(server);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // tsx keeps function names with a __name helper the page does not have.
    await page.addInitScript("window.__name = (f) => f;");
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[]; __rowsAt: number | null };
      w.__longTasks = [];
      // The in-page clock starts at navigation: when the first row arrives.
      w.__rowsAt = null;
      const observer = new MutationObserver(() => {
        if (document.querySelector("tbody tr[data-row-id]")) {
          w.__rowsAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Work email").fill("hr@baton.example");
    await page.getByLabel("Password").fill("baton-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByTestId("signed-in-as").waitFor();

    const pages = [`/gaps?asOf=${AS_OF}&pageSize=1000`, `/gaps?asOf=${AS_OF}`, `/people?asOf=${AS_OF}&pageSize=1000`, `/people?asOf=${AS_OF}`];
    console.log("server: GET of the whole HTML page (authenticated as HR)");
    for (const p of pages) {
      const cold = await timeRequest(page, `${BASE}${p}`);
      const warm: number[] = [];
      let bytes = 0;
      for (let i = 0; i < Number(values.requests); i++) {
        const r = await timeRequest(page, `${BASE}${p}`);
        warm.push(r.ms);
        bytes = r.bytes;
      }
      console.log(`  ${p.padEnd(38)} first ${ms(cold.ms)}, warm p50 ${ms(percentile(warm, 50))}, p95 ${ms(percentile(warm, 95))}, max ${ms(Math.max(...warm))} (${values.requests} reqs), ${(bytes / 1024).toFixed(0)} KiB`);
    }

    console.log("browser: Chromium 1440×900, median of runs");
    for (const p of pages) {
      const toRows: number[] = [];
      const toLast: number[] = [];
      const jumps: number[] = [];
      const blocking: number[] = [];
      let frames: number[] = [];
      let domRows = 0;
      let count = 0;
      const timing: { responseStart: number; responseEnd: number; domContentLoaded: number; rowsAt: number }[] = [];
      for (let run = 0; run < Number(values.runs); run++) {
        await page.goto("about:blank");
        const start = performance.now();
        await page.goto(`${BASE}${p}`, { waitUntil: "commit" });
        await page.locator("tbody tr[data-row-id]").first().waitFor();
        toRows.push(performance.now() - start);
        timing.push(
          await page.evaluate(() => {
            const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
            const rowsAt = (window as unknown as { __rowsAt: number | null }).__rowsAt ?? NaN;
            return { responseStart: nav.responseStart, responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, rowsAt };
          }),
        );
        domRows = await page.locator("tbody tr[data-row-id]").count();
        count = Number(/–([\d,]+) of/.exec(await page.getByTestId("table-range").innerText())?.[1]?.replace(/,/g, ""));
        // Scrolling only renders new rows once React has hydrated the table,
        // so this is navigation → interactive → last row painted.
        await page.getByTestId("table-scroll").evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
        await page.locator(`tbody tr[aria-rowindex="${count + 1}"]`).waitFor();
        toLast.push(performance.now() - start);
        await page.getByTestId("table-scroll").evaluate((box) => box.scrollTo({ top: 0 }));
        await page.locator('tbody tr[aria-rowindex="2"]').waitFor();
        jumps.push(await page.evaluate(jumpToBottom, count + 1));
        blocking.push(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)));
        if (run === 0) frames = await page.evaluate(scrollThrough, 400);
      }
      console.log(`  ${p}`);
      console.log(`    rows on the page ${count}, rows in the DOM at first ${domRows}`);
      const median = (key: keyof (typeof timing)[number]) => ms(percentile(timing.map((t) => t[key]), 50));
      console.log(`    navigation timing: first byte ${median("responseStart")}, last byte ${median("responseEnd")}, DOMContentLoaded ${median("domContentLoaded")}, first rows in the DOM ${median("rowsAt")}`);
      console.log(`    navigation → first rows seen by Playwright p50 ${ms(percentile(toRows, 50))}  (max ${ms(Math.max(...toRows))})`);
      console.log(`    navigation → hydrated, last row shown   p50 ${ms(percentile(toLast, 50))}  (max ${ms(Math.max(...toLast))})`);
      console.log(`    jump to bottom → frame with last row    p50 ${ms(percentile(jumps, 50))}  (max ${ms(Math.max(...jumps))})`);
      console.log(`    long-task blocking time during load     p50 ${ms(percentile(blocking, 50))}`);
      console.log(`    scrolling through, 400 px a frame       ${frames.length} frames, p50 ${ms(percentile(frames, 50))}, p95 ${ms(percentile(frames, 95))}, max ${ms(Math.max(...frames))}`);
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
