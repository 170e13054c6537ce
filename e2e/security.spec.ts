import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { discoverRoutes } from "./authz/discover";
import { ACCOUNTS, openClients, pickWorld, type Clients, type World } from "./authz/world";
import { DEMO_PASSWORD, signIn } from "./helpers";
import { baton } from "./security/cli";

// Issue 11, tried as an attacker would (docs/security.md): cross-site writes
// on every write route, a replayed cookie after sign-out, guessed passwords,
// the headers of every route under app/, oversized and non-JSON bodies,
// revoked tokens. Request fixtures, not page navigation, to stay fast.

test.describe.configure({ mode: "serial" });

const EVIL = "http://evil.example";
let clients: Clients;
let close: () => Promise<void>;
let world: World;
let base: string;
// HR's cookie without the Origin the shared clients send, and an HR bearer token.
let cookieOnly: APIRequestContext;
let bearer: APIRequestContext;
let tokenId: number;

test.beforeAll(async ({ browser, baseURL }) => {
  base = baseURL!;
  ({ clients, close } = await openClients(browser, base));
  world = await pickWorld(clients.hr);
  cookieOnly = await playwrightRequest.newContext({ baseURL: base, storageState: await clients.hr.storageState() });
  const token = baton("token", "create", ACCOUNTS.hr, "--name", "e2e security").trim();
  const listed = baton("token", "list", ACCOUNTS.hr).trim().split("\n");
  tokenId = Number(listed.at(-1)!.split("\t")[0]);
  expect(listed.at(-1)).toContain("e2e security");
  bearer = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
});

test.afterAll(async () => {
  await Promise.all([cookieOnly?.dispose(), bearer?.dispose()]);
  await close?.();
});

async function nominationCount(): Promise<number> {
  const body = (await (await clients.hr.get("/api/v1/nominations?pageSize=1")).json()) as { total: number };
  return body.total;
}

type Send = (client: APIRequestContext, headers: Record<string, string>) => Promise<APIResponse>;

// Every write route under app/, and the writes that are not route files
// (a server action, next-auth's sign-out), each sent so that, once past the
// gate, it changes nothing (an invalid body): the gate is what is tested.
function writeRoutes(): Record<string, Send> {
  const routes: Record<string, Send> = {
    "POST /api/v1/nominations": (c, headers) => c.post("/api/v1/nominations", { data: {}, headers, maxRedirects: 0 }),
    "PATCH /api/v1/nominations/[id]": (c, headers) => c.patch("/api/v1/nominations/1", { data: {}, headers, maxRedirects: 0 }),
    "POST /import/run": (c, headers) => c.post("/import/run", { multipart: { kind: "people", intent: "preview" }, headers, maxRedirects: 0 }),
    // An empty file, as a dry run: refused as invalid once past the gate.
    "POST /api/v1/imports/[kind]": (c, headers) =>
      c.post("/api/v1/imports/people?dryRun=true", { data: "", headers: { "content-type": "text/csv", ...headers }, maxRedirects: 0 }),
    "POST /api/v1/scenarios/simulate": (c, headers) => c.post("/api/v1/scenarios/simulate", { data: {}, headers, maxRedirects: 0 }),
    // No name, and no such id: refused as invalid once past the gate.
    "POST /api/v1/snapshots": (c, headers) => c.post("/api/v1/snapshots", { data: {}, headers, maxRedirects: 0 }),
    "DELETE /api/v1/snapshots/[id]": (c, headers) => c.delete("/api/v1/snapshots/0", { headers, maxRedirects: 0 }),
  };
  const discovered = discoverRoutes().filter((r) => r.method !== "GET" && r.method !== "HEAD").map((r) => `${r.method} ${r.path}`);
  expect(discovered.sort(), "a new write route needs a row here").toEqual(Object.keys(routes).sort());
  return {
    ...routes,
    "server action on /settings": (c, headers) =>
      c.post("/settings", { headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", ...headers }, data: "[]", maxRedirects: 0 }),
    "server action on /admin/users": (c, headers) =>
      c.post("/admin/users", { headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", ...headers }, data: "[]", maxRedirects: 0 }),
    // Saving and deleting a scenario are server actions on the scenarios page.
    "server action on /scenarios": (c, headers) =>
      c.post("/scenarios", { headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", ...headers }, data: "[]", maxRedirects: 0 }),
    "POST /api/auth/signout": (c, headers) => c.post("/api/auth/signout", { form: { csrfToken: "x" }, headers, maxRedirects: 0 }),
  };
}

test("cross-site writes: every write route × cookie/bearer × same/foreign/missing origin", async () => {
  const before = await nominationCount();
  const failures: string[] = [];
  const origins: Record<string, Record<string, string>> = {
    same: { origin: base },
    "same by Sec-Fetch-Site": { "sec-fetch-site": "same-origin" },
    "same by Referer": { referer: `${base}/people` },
    foreign: { origin: EVIL },
    "foreign by Sec-Fetch-Site": { "sec-fetch-site": "cross-site" },
    "foreign by Referer": { referer: `${EVIL}/page` },
    missing: {},
  };
  for (const [route, send] of Object.entries(writeRoutes())) {
    for (const [origin, headers] of Object.entries(origins)) {
      const sameOrigin = origin.startsWith("same");
      // Signing HR out for real would end the clients' session.
      if (route === "POST /api/auth/signout" && sameOrigin) continue;
      const byCookie = (await send(cookieOnly, headers)).status();
      if (sameOrigin ? byCookie === 403 : byCookie !== 403) failures.push(`${route} by cookie, ${origin}: ${byCookie}`);
      if (route.includes("/api/v1/")) {
        const byToken = (await send(bearer, headers)).status();
        if (byToken === 403 || byToken >= 500) failures.push(`${route} by bearer token, ${origin}: ${byToken}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(await nominationCount(), "nothing was written").toBe(before);
  expect((await clients.hr.get("/api/v1/pipeline")).status(), "HR is still signed in").toBe(200);
});

test("issue 11's forged nomination: a victim's cookie, a foreign origin, text/plain — refused, nothing created", async () => {
  const before = await nominationCount();
  const body = JSON.stringify({ positionId: world.inside.positionId, candidateId: [...world.subtree.manager].sort()[3], readiness: "3_plus_years" });
  const forged = await clients.manager.post("/api/v1/nominations", { data: body, headers: { origin: EVIL, "content-type": "text/plain" } });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("forbidden");
  // Same origin but not JSON: 415, for a cookie and a token alike.
  for (const client of [clients.manager, bearer]) {
    const plain = await client.post("/api/v1/nominations", { data: body, headers: { "content-type": "text/plain" } });
    expect(plain.status()).toBe(415);
  }
  const huge = await clients.hr.post("/api/v1/nominations", { data: { rationale: "x".repeat(1_100_000) } });
  expect(huge.status()).toBe(413);
  expect(await nominationCount()).toBe(before);
});

test("headers: a nonce CSP, frame-ancestors 'none' and no-store on every route under app/; HSTS over HTTPS", async () => {
  const values: Record<string, string> = { employeeId: world.inside.employeeId, positionId: world.inside.positionId, id: String(world.snapshot.id) };
  const gets = discoverRoutes().filter((r) => r.method === "GET");
  expect(gets.length).toBeGreaterThan(20);
  const failures: string[] = [];
  const nonces = new Set<string>();
  for (const route of gets) {
    const url = route.path.replace(/\[(\w+)\]/g, (_, name: string) => values[name] ?? "x");
    for (const [who, client] of [["hr", clients.hr], ["anonymous", clients.anonymous]] as const) {
      const response = await client.get(url, { maxRedirects: 0 });
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      const problems = [
        !nonce && "no script nonce",
        scriptSrc.includes("unsafe-inline") && "unsafe-inline scripts",
        !csp.includes("frame-ancestors 'none'") && "no frame-ancestors 'none'",
        !(headers["cache-control"] ?? "").includes("no-store") && `cache-control "${headers["cache-control"]}"`,
        headers["strict-transport-security"] && "HSTS over plain HTTP",
      ].filter(Boolean);
      if (nonce) nonces.add(nonce);
      if (response.status() === 200 && (headers["content-type"] ?? "").includes("text/html")) {
        const html = await response.text();
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        const bare = scripts.filter((s) => !s.includes(`nonce="${nonce}"`));
        if (scripts.length === 0 || bare.length > 0) problems.push(`${bare.length} of ${scripts.length} scripts without the nonce`);
      }
      if (problems.length > 0) failures.push(`${route.method} ${url} as ${who} (${response.status()}): ${problems.join(", ")}`);
    }
  }
  expect(failures).toEqual([]);
  expect(nonces.size, "a fresh nonce per request").toBe(gets.length * 2);
  const https = await clients.anonymous.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toContain("max-age=");
});

test("sign-out ends the session: the saved cookie opens neither pages nor the API", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.manager2, DEMO_PASSWORD);
  const saved = await context.storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/login");
  await context.close();
  const replay = await playwrightRequest.newContext({ baseURL: base, storageState: saved });
  expect(saved.cookies.some((c) => c.name.includes("session-token"))).toBe(true);
  expect((await replay.get("/api/v1/positions")).status()).toBe(401);
  const home = await replay.get("/", { maxRedirects: 0 });
  expect(home.status()).toBe(307);
  expect(home.headers().location).toContain("/login");
  await replay.dispose();
});

test("30 wrong passwords in a row are throttled; the right one waits too, until an admin unlocks; every attempt is audited", async () => {
  const client = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const attempt = (password: string) =>
    client.post("/api/auth/callback/credentials", { form: { email: ACCOUNTS.executive, password, csrfToken, callbackUrl: `${base}/` }, maxRedirects: 0 });
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await attempt(`wrong guess ${i}`)).status());
  expect(statuses.slice(0, 5), "the first mistakes are answered").toEqual([302, 302, 302, 302, 302]);
  expect(statuses.filter((s) => s === 429).length, "then locked").toBeGreaterThanOrEqual(20);
  const locked = await attempt(DEMO_PASSWORD);
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await locked.json()).error.message).toMatch(/too many failed sign-ins/);

  expect(baton("user", "unlock", ACCOUNTS.executive)).toContain("unlocked");
  const signedIn = await attempt(DEMO_PASSWORD);
  expect(signedIn.status()).toBe(302);
  expect(signedIn.headers().location).not.toContain("error");
  expect((await client.get("/api/v1/pipeline")).status()).toBe(200);
  await client.dispose();

  const audit = (await (await clients.hr.get("/audit?entity=session")).text()).replace(/<!-- -->/g, "");
  for (const action of ["sign_in_failed", "sign_in_locked", "sign_in"]) expect(audit, action).toContain(`data-action="${action}"`);
  for (const words of ["Failed sign-in", "Sign-in refused while locked", "Signed in"]) expect(audit, words).toContain(words);
});

test("tokens: used, listed with their last use, revoked — and refused at once", async () => {
  expect((await bearer.get("/api/v1/pipeline")).status()).toBe(200);
  const line = baton("token", "list", ACCOUNTS.hr).split("\n").find((l) => l.startsWith(`${tokenId}\t`))!;
  const [, name, , lastUsed, expires, revoked] = line.split("\t");
  expect({ name, revoked }).toEqual({ name: "e2e security", revoked: "-" });
  expect(lastUsed).not.toBe("-");
  expect(Math.round((Date.parse(expires!) - Date.now()) / 86_400_000)).toBe(90);
  expect(baton("token", "revoke", String(tokenId))).toContain("revoked");
  expect((await bearer.get("/api/v1/pipeline")).status()).toBe(401);
});

test("GET /api/v1/nominations pages: page, pageSize, total, and pages that do not overlap", async () => {
  const page = async (n: number) => (await (await clients.hr.get(`/api/v1/nominations?pageSize=3&page=${n}`)).json()) as { rows: { id: number }[]; total: number; page: number };
  const [first, second] = [await page(1), await page(2)];
  expect(first.total).toBeGreaterThan(6);
  expect(second.total).toBe(first.total);
  expect(first.rows).toHaveLength(3);
  expect(second.rows.map((r) => r.id).filter((id) => first.rows.some((r) => r.id === id))).toEqual([]);
  expect((await clients.hr.get("/api/v1/nominations?pageSize=5000")).status()).toBe(400);
});
