// npx tsx --conditions=react-server scripts/bench-load.ts [--people N] [--reuse] [--clients N] [--seconds N]
// Issue 14's "while people are writing, on several instances": two
// `next start` processes on one PostgreSQL database (same DATABASE_URL and
// AUTH_SECRET), read by signed-in HR sessions and an HR API token, while a
// writer approves and creates nominations through the API on both. Prints
// page weights and warm latencies per page, 1 and N concurrent clients over
// both instances, whether a change written on one instance is on the next
// read of the other, and the peak RSS of each server process, with ratios to
// a raw driver read of the engine's inputs measured in the same run.
// Also the last section of `npm run bench` on a PostgreSQL BENCH_DATABASE_URL.
// Figures, not pass/fail tests.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { createDb } from "@/lib/server/infra/db";
import { parseDatabaseUrl } from "@/lib/server/infra/database-url";
import { ENGINE_INPUT_SQL } from "@/lib/server/state/engine-input";

const ROOT = path.resolve(__dirname, "..");
const DEMO_PASSWORD = "baton-demo"; // scripts/seed.ts
const HR_EMAIL = "hr@baton.example";

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const percentile = (xs: readonly number[], p: number) => (xs.length === 0 ? NaN : sorted(xs)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!);
const ms = (n: number) => `${n.toFixed(0)} ms`;
const pad = (s: string, n: number) => s.padEnd(n);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function rawRead(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const start = performance.now();
    await Promise.all(Object.values(ENGINE_INPUT_SQL).map((sql) => client.query(sql)));
    return performance.now() - start;
  } finally {
    await client.end();
  }
}

// ── the server processes ────────────────────────────────────────────────

interface Instance {
  base: string;
  child: ChildProcess;
  rssSamples: number[]; // KiB, the next-server process
}

// `next start` may be a wrapper around the process that serves: the figure
// is of the descendant whose command line says next-server, else the
// largest node process under it.
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

function statusKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

function serverPid(instance: Instance): number {
  const tree = processTree(instance.child.pid!);
  const named = tree.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next-server");
    } catch {
      return false;
    }
  });
  return named ?? tree.reduce((best, pid) => (statusKiB(pid, "VmRSS") > statusKiB(best, "VmRSS") ? pid : best), tree[0]!);
}

async function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited early`);
    try {
      if ((await fetch(`${base}/login`)).status < 500) return { base, child, rssSamples: [] };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`server at ${base} did not answer`);
}

// ── HTTP clients ────────────────────────────────────────────────────────

type Auth = { cookie: string } | { bearer: string };

const headersOf = (auth: Auth, extra: Record<string, string> = {}) =>
  "cookie" in auth ? { cookie: auth.cookie, ...extra } : { authorization: `Bearer ${auth.bearer}`, ...extra };

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}

// Signs in through next-auth's credentials endpoint, as the login form does.
async function signIn(base: string, email: string): Promise<Auth> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base, cookie: cookie() },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${base}/` }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`signing in ${email} answered ${response.status} without a session`);
  return { cookie: cookie() };
}

interface Timed {
  ms: number;
  status: number;
  bytes: number;
}

async function get(base: string, target: string, auth: Auth): Promise<Timed> {
  const start = performance.now();
  try {
    const response = await fetch(`${base}${target}`, { headers: headersOf(auth), redirect: "manual" });
    const body = await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
  } catch {
    return { ms: performance.now() - start, status: 0, bytes: 0 };
  }
}

async function send(base: string, method: string, target: string, auth: Auth, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${base}${target}`, {
    method,
    headers: headersOf(auth, { "content-type": "application/json", origin: base }),
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

// ── the writer ──────────────────────────────────────────────────────────

interface WriterFigures {
  writes: number;
  refused: number; // 4xx: a rule or a stale version, not a failure
  errors: number; // 5xx or no answer
  times: number[];
}

// Approves the proposed nominations one after another and creates a new one
// between approvals, alternating instances, until stopped.
function startWriter(instances: Instance[], token: Auth, db: pg.Client, stop: { done: boolean }): Promise<WriterFigures> {
  const figures: WriterFigures = { writes: 0, refused: 0, errors: 0, times: [] };
  return (async () => {
    const proposed = (await db.query<{ id: number; version: number }>(`SELECT "id", "version" FROM "Nomination" WHERE "status" = 'proposed' ORDER BY "id" DESC LIMIT 500`)).rows;
    const seats = (await db.query<{ positionId: string; incumbentId: string | null }>(`SELECT "positionId", "incumbentId" FROM "Position" ORDER BY "positionId" LIMIT 2000`)).rows;
    const people = (await db.query<{ employeeId: string }>(`SELECT "employeeId" FROM "Person" WHERE "active" ORDER BY "employeeId" DESC LIMIT 2000`)).rows;
    for (let i = 0; !stop.done; i++) {
      const instance = instances[i % instances.length]!;
      const start = performance.now();
      let status: number;
      if (i % 2 === 0 && proposed.length > 0) {
        const { id, version } = proposed.shift()!;
        status = (await send(instance.base, "PATCH", `/api/v1/nominations/${id}`, token, { action: "approve", version })).status;
      } else {
        const seat = seats[(i * 7) % seats.length]!;
        const candidate = people.find((p, k) => k >= (i * 13) % people.length && p.employeeId !== seat.incumbentId) ?? people[0]!;
        status = (
          await send(instance.base, "POST", "/api/v1/nominations", token, { positionId: seat.positionId, candidateId: candidate.employeeId, readiness: "1_2_years" })
        ).status;
      }
      figures.times.push(performance.now() - start);
      if (status >= 500 || status === 0) figures.errors += 1;
      else if (status >= 400) figures.refused += 1;
      else figures.writes += 1;
      await sleep(250); // a busy review meeting, not a bulk load
    }
    return figures;
  })();
}

// ── the readers ─────────────────────────────────────────────────────────

interface LoadFigures {
  requests: number;
  errors: number;
  errorStatuses: Map<number, number>;
  times: number[];
  seconds: number;
}

async function runClients(options: { instances: Instance[]; mix: readonly string[]; clients: number; seconds: number; auths: Auth[] }): Promise<LoadFigures> {
  const { instances, mix, clients, seconds } = options;
  const figures: LoadFigures = { requests: 0, errors: 0, errorStatuses: new Map(), times: [], seconds };
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (performance.now() < until) {
        const n = next++;
        const instance = instances[n % instances.length]!;
        const target = mix[(n + c) % mix.length]!;
        const result = await get(instance.base, target, options.auths[n % options.auths.length]!);
        figures.requests += 1;
        figures.times.push(result.ms);
        if (result.status === 0 || result.status >= 400) {
          figures.errors += 1;
          figures.errorStatuses.set(result.status, (figures.errorStatuses.get(result.status) ?? 0) + 1);
        }
      }
    }),
  );
  return figures;
}

// ── the run ─────────────────────────────────────────────────────────────

export interface LoadOptions {
  url: string;
  people: number;
  reuse: boolean;
  clients: number;
  seconds: number;
  ports: [number, number];
}

export async function benchLoad(options: LoadOptions): Promise<void> {
  const { url } = options;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.log(`\nunder load: skipped (two instances need PostgreSQL; BENCH_DATABASE_URL is ${url})`);
    return;
  }
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "bench-load-secret", NODE_ENV: "production" as const };
  if (!options.reuse) {
    console.log(`seeding ${options.people} people into ${url} …`);
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--people", String(options.people), "--replace"], { cwd: ROOT, env, stdio: "inherit" });
  }
  const distDir = process.env.BATON_DIST_DIR || ".next";
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) execFileSync("npx", ["next", "build"], { cwd: ROOT, env, stdio: "inherit" });

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const people = Number((await db.query(`SELECT COUNT(*) AS n FROM "Person"`)).rows[0].n);

  const instances: Instance[] = [];
  const sampler = setInterval(() => {
    for (const instance of instances) instance.rssSamples.push(statusKiB(serverPid(instance), "VmRSS"));
  }, 500);
  try {
    for (const port of options.ports) instances.push(await startInstance(port, env));
    const [a, b] = instances as [Instance, Instance];
    const session = await signIn(a.base, HR_EMAIL);
    const prisma = createDb(parseDatabaseUrl(url, ROOT));
    const token: Auth = { bearer: (await createApiToken({ db: prisma, email: HR_EMAIL, name: "bench-load", actorLabel: "bench" })).token };
    await prisma.$disconnect();

    // Cold: each instance's first page builds its state.
    const cold: string[] = [];
    for (const instance of instances) cold.push(ms((await get(instance.base, "/heatmap", session)).ms));

    const raws: number[] = [];
    for (let i = 0; i < 3; i++) raws.push(await rawRead(url));
    const raw = percentile(raws, 50);
    const ratio = (n: number) => `${(n / raw).toFixed(2)}×`;

    // Every page once on each instance: statuses and RSS after the tour.
    // There is no /positions page: a seat's page is /positions/<id>.
    const seat = (await db.query<{ positionId: string }>(`SELECT "positionId" FROM "Position" ORDER BY "positionId" LIMIT 1`)).rows[0]?.positionId ?? "";
    const tour = ["/", "/heatmap", "/people", "/gaps", `/positions/${encodeURIComponent(seat)}`, "/summary", "/org-chart", "/team", "/nominations", "/review", "/scenarios", "/snapshots", "/audit", "/settings", "/import"];
    const tourFailures: string[] = [];
    for (const instance of instances) {
      for (const page of tour) {
        const result = await get(instance.base, page, session);
        if (result.status >= 400 || result.status === 0) tourFailures.push(`${page} ${result.status}`);
      }
    }

    // (a) page weights and warm latencies, on instance A.
    const pages: { target: string; auth: Auth }[] = [
      { target: "/heatmap", auth: session },
      { target: "/people", auth: session },
      { target: "/gaps", auth: session },
      { target: "/api/v1/positions", auth: token },
      { target: "/api/v1/positions?q=director", auth: token },
      { target: "/api/v1/positions?q=zzzz-nothing", auth: token },
    ];
    const REPEAT = 15;
    const perPage = new Map<string, { bytes: number; times: number[]; status: number }>();
    for (const { target, auth } of pages) {
      const first = await get(a.base, target, auth);
      const times: number[] = [];
      for (let i = 0; i < REPEAT; i++) times.push((await get(a.base, target, auth)).ms);
      perPage.set(target, { bytes: first.bytes, times, status: first.status });
    }

    // (c) coherence: approved on A, read on B at once.
    const coherence = await checkCoherence(a, b, token, db);

    // (b) load: a mix of pages and API reads over both instances.
    const mix = [
      "/heatmap", "/api/v1/positions", "/people", "/api/v1/positions?sort=-retirementDate&page=3", "/gaps",
      "/api/v1/positions?q=director", "/api/v1/heatmap", "/api/v1/positions?flag=no-successor", "/people?page=5", "/api/v1/pipeline",
    ];
    const auths = [session, token];
    const warm = await runClients({ instances, mix, clients: 1, seconds: Math.max(5, options.seconds / 2), auths });
    const stopOne = { done: false };
    const writerOne = startWriter(instances, token, db, stopOne);
    const one = await runClients({ instances, mix, clients: 1, seconds: options.seconds, auths });
    stopOne.done = true;
    const wroteOne = await writerOne;
    const stopMany = { done: false };
    const writerMany = startWriter(instances, token, db, stopMany);
    const many = await runClients({ instances, mix, clients: options.clients, seconds: options.seconds, auths });
    stopMany.done = true;
    const wroteMany = await writerMany;

    // (d) peak RSS of each server process, after all of it.
    const peaks = instances.map((instance) => {
      const pid = serverPid(instance);
      return { pid, hwm: statusKiB(pid, "VmHWM") / 1024, rss: statusKiB(pid, "VmRSS") / 1024, sampled: Math.max(0, ...instance.rssSamples) / 1024 };
    });

    const warmP50 = percentile(warm.times, 50);
    const goal = 5 * warmP50 + 100;
    console.log("");
    console.log(`under load: ${people} people, PostgreSQL, two next start instances (${instances.map((i) => i.base).join(", ")})`);
    console.log(`raw driver read of the inputs (median of 3)         ${ms(raw)}`);
    console.log(`cold first /heatmap per instance                    ${cold.join(", ")}`);
    console.log(`page tour (${tour.length} pages × 2 instances)             ${tourFailures.length === 0 ? "all 200" : `FAILED: ${tourFailures.join(", ")}`}`);
    console.log("");
    console.log(`${pad("page (warm, instance A, 15 reads)", 38)} ${pad("bytes", 10)} ${pad("p50", 8)} ${pad("p95", 8)} p50/raw`);
    for (const [target, figures] of perPage) {
      const p50 = percentile(figures.times, 50);
      console.log(
        `${pad(target, 38)} ${pad(figures.bytes.toLocaleString("en"), 10)} ${pad(ms(p50), 8)} ${pad(ms(percentile(figures.times, 95)), 8)} ${ratio(p50)}${figures.status === 200 ? "" : `  (status ${figures.status})`}`,
      );
    }
    const plain = percentile(perPage.get("/api/v1/positions")!.times, 50);
    const search = percentile(perPage.get("/api/v1/positions?q=director")!.times, 50);
    console.log(`q=director / plain positions page                   ${(search / plain).toFixed(2)}×   (target ≤ 5×)`);
    console.log("");
    const line = (label: string, f: LoadFigures) =>
      console.log(
        `${pad(label, 38)} ${pad(String(f.requests), 6)} ${pad((f.requests / f.seconds).toFixed(1), 6)} ${pad(ms(percentile(f.times, 50)), 8)} ${pad(ms(percentile(f.times, 95)), 8)} ${pad(ms(Math.max(...f.times)), 9)} ${f.errors}${f.errors ? ` ${JSON.stringify([...f.errorStatuses])}` : ""}`,
      );
    console.log(`${pad("load (mix of 10 reads, both instances)", 38)} ${pad("reqs", 6)} ${pad("req/s", 6)} ${pad("p50", 8)} ${pad("p95", 8)} ${pad("max", 9)} errors`);
    line(`1 client, no writer, ${warm.seconds} s (warm)`, warm);
    line(`1 client + writer, ${one.seconds} s`, one);
    line(`${options.clients} clients + writer, ${many.seconds} s`, many);
    const writes = (w: WriterFigures) => `${w.writes} written, ${w.refused} refused (4xx), ${w.errors} errors, p50 ${ms(percentile(w.times, 50))}, p95 ${ms(percentile(w.times, 95))}`;
    console.log(`writer beside 1 client                              ${writes(wroteOne)}`);
    console.log(`writer beside ${options.clients} clients                            ${writes(wroteMany)}`);
    const p95 = percentile(many.times, 95);
    console.log(
      `goal: ${options.clients} clients' p95 ≤ 5 × warm p50 + 100 ms = ${ms(goal)}: ${p95 <= goal && many.errors === 0 && wroteMany.errors === 0 ? "met" : "NOT met"} (p95 ${ms(p95)}, ${many.errors + wroteMany.errors} errors; p95/raw ${ratio(p95)})`,
    );
    console.log(`coherence: approved on A, next read on B            ${coherence}`);
    for (const [i, peak] of peaks.entries()) {
      console.log(
        `server ${i === 0 ? "A" : "B"} (pid ${peak.pid}) RSS peak ${peak.hwm.toFixed(0)} MiB, now ${peak.rss.toFixed(0)} MiB, sampled max ${peak.sampled.toFixed(0)} MiB   (target ≤ 1024 MiB)`,
      );
    }
  } finally {
    clearInterval(sampler);
    for (const instance of instances) {
      try {
        if (instance.child.pid) process.kill(-instance.child.pid, "SIGTERM");
      } catch {
        // exited already (an out-of-memory crash says so on stderr)
      }
    }
    await db.end();
  }
}

// One proposed nomination approved through A; B's very next reads must show
// it: the nomination's status, and the seat's row in the positions list
// equal to A's.
async function checkCoherence(a: Instance, b: Instance, token: Auth, db: pg.Client): Promise<string> {
  const row = (await db.query<{ id: number; version: number; positionId: string }>(`SELECT "id", "version", "positionId" FROM "Nomination" WHERE "status" = 'proposed' ORDER BY "id" LIMIT 1`)).rows[0];
  if (!row) return "skipped (no proposed nomination)";
  const seatRow = async (instance: Instance) => {
    const response = await fetch(`${instance.base}/api/v1/positions?q=${encodeURIComponent(row.positionId)}`, { headers: headersOf(token) });
    const body = (await response.json()) as { rows: { positionId: string }[] };
    return JSON.stringify(body.rows.find((r) => r.positionId === row.positionId));
  };
  const before = await seatRow(b);
  const start = performance.now();
  const decided = await send(a.base, "PATCH", `/api/v1/nominations/${row.id}`, token, { action: "approve", version: row.version });
  if (decided.status !== 200) return `approval answered ${decided.status}`;
  const listed = await fetch(`${b.base}/api/v1/nominations?positionId=${encodeURIComponent(row.positionId)}&status=approved&pageSize=100`, { headers: headersOf(token) });
  const seen = ((await listed.json()) as { rows: { id: number }[] }).rows.some((n) => n.id === row.id);
  const [onB, onA] = [await seatRow(b), await seatRow(a)];
  const elapsed = performance.now() - start;
  return `${seen && onA === onB ? "yes" : "NO"}: nomination ${row.id} approved on B's next read ${seen ? "yes" : "no"}; seat ${row.positionId}'s row on B equal to A's ${onA === onB ? "yes" : "no"}${before === onB ? " (unchanged by the approval)" : " (changed by the approval)"}; ${ms(elapsed)} for the write and three reads`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      people: { type: "string", default: "100000" },
      reuse: { type: "boolean" },
      clients: { type: "string", default: "20" },
      seconds: { type: "string", default: "20" },
      port: { type: "string", default: process.env.BENCH_PORT || "3300" },
    },
  });
  const port = Number(values.port);
  await benchLoad({
    url: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/baton_bench",
    people: Number(values.people),
    reuse: values.reuse ?? false,
    clients: Number(values.clients),
    seconds: Number(values.seconds),
    ports: [port, port + 1],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
