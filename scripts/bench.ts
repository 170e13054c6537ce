// npm run bench [-- --people N] [--requests N] [--reuse] [--no-server]
// Builds a 100,000-person organization (by default) in its own database and
// prints, in one run: the raw driver read of the engine's inputs, the cold
// engine computation (read + compute, no cache), the first positions read
// after approving one nomination on this instance and on another
// (scripts/bench-change.ts), a past day read from history against today,
// and warm GET /api/v1/positions latencies
// through a real `next start` (skipped with --no-server), with the ratios;
// then the import speed (scripts/bench-import-speed.ts) and, on PostgreSQL,
// two instances under 20 clients and a writer (scripts/bench-load.ts).
// Benchmark figures, not pass/fail tests. BENCH_DATABASE_URL picks the
// database (default file:./data/bench.db; a postgres:// URL works too).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { computeSnapshot, simulateScenario } from "@/lib/domain";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { createDb } from "@/lib/server/infra/db";
import { parseDatabaseUrl, type DatabaseTarget } from "@/lib/server/infra/database-url";
import { today } from "@/lib/server/infra/today";
import { ENGINE_INPUT_SQL, loadEngineInput } from "@/lib/server/state/engine-input";
import { getOrgState } from "@/lib/server/state/org-state";
import { benchChangeAfterApproval } from "./bench-change";
import { benchImportSpeed } from "./bench-import-speed";
import { benchLoad } from "./bench-load";

const ROOT = path.resolve(__dirname, "..");
const INPUT_QUERIES = Object.values(ENGINE_INPUT_SQL);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timeIt(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function rawRead(target: DatabaseTarget): Promise<number> {
  if (target.provider === "sqlite") {
    const db = new Database(target.filename, { readonly: true });
    try {
      return await timeIt(() => INPUT_QUERIES.map((sql) => db.prepare(sql).all()));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await timeIt(() => Promise.all(INPUT_QUERIES.map((sql) => client.query(sql))));
  } finally {
    await client.end();
  }
}

async function waitForServer(url: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("next start exited early");
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not answer`);
}

async function main() {
  const { values } = parseArgs({ options: { people: { type: "string", default: "100000" }, requests: { type: "string", default: "200" }, reuse: { type: "boolean" }, "no-server": { type: "boolean" } } });
  const url = process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db";
  const target = parseDatabaseUrl(url, ROOT);
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };

  if (!values.reuse) {
    console.log(`seeding ${values.people} people into ${url} …`);
    const seedMs = await timeIt(() =>
      execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--people", values.people!, "--replace"], { cwd: ROOT, env, stdio: "inherit" }),
    );
    console.log(`seed (generate + import through the CSV path): ${(seedMs / 1000).toFixed(1)} s`);
  }

  const db = createDb(target);
  const counts = {
    people: await db.person.count(),
    positions: await db.position.count(),
    assessments: await db.assessment.count(),
    nominations: await db.nomination.count(),
  };
  console.log(`organization: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);

  const asOf = "2026-12-01";
  const raw: number[] = [];
  const loads: number[] = [];
  const computes: number[] = [];
  for (let i = 0; i < 3; i++) {
    raw.push(await rawRead(target));
    let input: Awaited<ReturnType<typeof loadEngineInput>> | undefined;
    loads.push(await timeIt(async () => (input = await loadEngineInput(db))));
    computes.push(await timeIt(() => computeSnapshot({ ...input!, asOf })));
  }
  const cold = loads.map((l, i) => l + computes[i]!);

  // A scenario with 50 leavers (the holders of the highest seats) on the
  // cached snapshot: issue 13 asks it to answer within one cold gap report.
  const input = { ...(await loadEngineInput(db)), asOf };
  const snapshot = computeSnapshot(input);
  const rankOf = new Map(snapshot.levels.map((l) => [l.code, l.rank]));
  const topSeats = [...snapshot.positions].filter((p) => p.incumbentEmployeeId !== null).sort((a, b) => (rankOf.get(b.level) ?? 0) - (rankOf.get(a.level) ?? 0) || (a.positionId < b.positionId ? -1 : 1));
  const leavers = [...new Set(topSeats.map((p) => p.incumbentEmployeeId!))].slice(0, 50);
  const scenarios: number[] = [];
  for (let i = 0; i < 3; i++) scenarios.push(await timeIt(() => simulateScenario(input, snapshot, { leavers, retireBy: null })));
  const suggestionSeat = topSeats[0]?.positionId ?? "";
  const rawMs = median(raw);
  const coldMs = median(cold);
  const ratio = (n: number) => `${(n / rawMs).toFixed(2)}×`;
  console.log("");
  console.log(`figure (${counts.people} people, ${target.provider})           value       / raw read`);
  console.log(`raw driver read of the inputs (median of 3)    ${ms(rawMs)}`);
  console.log(`engine: load + normalise (median)              ${ms(median(loads))}   ${ratio(median(loads))}`);
  console.log(`engine: compute (median)                       ${ms(median(computes))}   ${ratio(median(computes))}`);
  console.log(`cold engine = load + compute (median)          ${ms(coldMs)}   ${ratio(coldMs)}   (target ≤ 2×)`);
  console.log(`scenario, 50 leavers, on the snapshot (median) ${ms(median(scenarios))}   ${ratio(median(scenarios))}   (target < cold engine)`);

  // As of a past day (issue 12): the plan read from history, on a fresh
  // instance, against today's cold state read the same way.
  const pastDay = "2025-12-31";
  const todayCold: number[] = [];
  const pastCold: number[] = [];
  const pastWarm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = createDb(target);
    todayCold.push(await timeIt(() => getOrgState({ db: fresh, asOf: today() })));
    pastCold.push(await timeIt(() => getOrgState({ db: fresh, asOf: pastDay })));
    pastWarm.push(await timeIt(() => getOrgState({ db: fresh, asOf: pastDay })));
    await fresh.$disconnect();
  }
  console.log(`today's state, fresh instance (median)         ${ms(median(todayCold))}   ${ratio(median(todayCold))}`);
  console.log(`as of ${pastDay}, from history (median)       ${ms(median(pastCold))}   ${ratio(median(pastCold))}   (target ≤ 2× today's)`);
  console.log(`as of ${pastDay}, warm (median)               ${ms(median(pastWarm))}`);

  const change = await benchChangeAfterApproval(target);
  const otherMs = median(change.afterChangeOther);
  const writerMs = median(change.afterChangeWriter);
  console.log(`cold positions read, fresh instance            ${ms(change.coldBuild)}   ${ratio(change.coldBuild)}`);
  console.log(`warm positions read (median of 5)              ${ms(change.warm)}   ${ratio(change.warm)}`);
  console.log(`first read after 1 approval, other instance    ${ms(otherMs)}   ${ratio(otherMs)}   (target ≤ 0.25×; ${change.afterChangeOther.map(ms).join(", ")})`);
  console.log(`first read after 1 approval, writing instance  ${ms(writerMs)}   ${ratio(writerMs)}   (${change.afterChangeWriter.map(ms).join(", ")})`);
  console.log(`other instance shows every approval, = full    ${change.coherent ? "yes" : "NO"}`);
  console.log(`bench process RSS (two instances' caches)      ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  await benchImportSpeed({ url, people: Number(values.people) });
  if (values["no-server"]) {
    await db.$disconnect();
    return;
  }

  const { token } = await createApiToken({ db, email: "hr@baton.example", name: "bench", actorLabel: "bench" });
  await db.$disconnect();

  const distDir = process.env.BATON_DIST_DIR || ".next";
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) execFileSync("npx", ["next", "build"], { cwd: ROOT, env, stdio: "inherit" });
  const port = Number(process.env.BENCH_PORT || 3190);
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...env, AUTH_SECRET: "bench-only-secret" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/login`, server);
    const headers = { authorization: `Bearer ${token}` };
    const first = await timeIt(async () => {
      const response = await fetch(`${base}/api/v1/positions?asOf=${asOf}`, { headers });
      if (!response.ok) throw new Error(`GET /api/v1/positions answered ${response.status}`);
      await response.json();
    });
    const sorts = ["-risk", "positionId", "title", "-retirementDate"];
    const queries = [(i: number) => `page=${1 + (i % 20)}`, () => "flag=no-successor", () => "q=director", () => "critical=true"];
    const warm: number[] = [];
    const requests = Number(values.requests);
    for (let i = 0; i < requests; i++) {
      const query = `asOf=${asOf}&sort=${sorts[i % sorts.length]}&${queries[i % queries.length]!(i)}`;
      warm.push(
        await timeIt(async () => {
          const response = await fetch(`${base}/api/v1/positions?${query}`, { headers });
          await response.json();
        }),
      );
    }
    const suggestions: number[] = [];
    for (let i = 0; i < 21; i++) {
      suggestions.push(
        await timeIt(async () => {
          const response = await fetch(`${base}/api/v1/positions/${encodeURIComponent(suggestionSeat)}/suggestions`, { headers });
          if (!response.ok) throw new Error(`GET suggestions answered ${response.status}`);
          await response.json();
        }),
      );
    }
    console.log(`first GET /api/v1/positions (cold server)      ${ms(first)}`);
    console.log(`warm GET /api/v1/positions p50 (${requests} reqs)     ${ms(percentile(warm, 50))}   (target ≤ 100 ms)`);
    console.log(`warm GET /api/v1/positions p95                 ${ms(percentile(warm, 95))}`);
    console.log(`warm GET suggestions for ${suggestionSeat} p50 ${ms(percentile(suggestions.slice(1), 50))}   (target < 200 ms)`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  // Last: it starts two servers of its own on the organization seeded above
  // (and says it is skipped on SQLite, which serves one instance).
  await benchLoad({ url, people: counts.people, reuse: true, clients: 20, seconds: 20, ports: [port + 1, port + 2] });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
