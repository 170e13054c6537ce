import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { discoverRoutes, routeKey } from "./authz/discover";
import { buildMatrix, sorted, type Answer, type Cell, type Row } from "./authz/matrix";
import { IDENTITIES, MANAGER2_ID, MANAGER_ID, openClients, pickWorld, type Clients, type Identity, type World } from "./authz/world";

// The authorization matrix (SPEC §4, §7; docs/access.md): every page and
// route handler under app/, asked by every identity, with the exact answer
// expected — and the forged writes, refused without changing anything. The
// domain rules behind the writes are tested in lib/server/operations/nominations.int.test.ts;
// this proves the HTTP layer applies them.

// Writes change data, so their cells live in their own tests below.
const WRITE_CELLS: Record<string, Record<Identity, number>> = {
  "POST /api/v1/nominations": { admin: 201, hr: 201, executive: 403, manager: 201, manager2: 404, anonymous: 401, badToken: 401 },
  "PATCH /api/v1/nominations/[id]": { admin: 200, hr: 200, executive: 403, manager: 200, manager2: 404, anonymous: 401, badToken: 401 },
  "POST /api/v1/snapshots": { admin: 201, hr: 201, executive: 403, manager: 403, manager2: 403, anonymous: 401, badToken: 401 },
  "DELETE /api/v1/snapshots/[id]": { admin: 204, hr: 403, executive: 403, manager: 403, manager2: 403, anonymous: 401, badToken: 401 },
};

test.describe.configure({ mode: "serial" });

let clients: Clients;
let close: () => Promise<void>;
let world: World;
let matrix: Row[];

test.beforeAll(async ({ browser, baseURL }) => {
  ({ clients, close } = await openClients(browser, baseURL!));
  world = await pickWorld(clients.hr);
  matrix = buildMatrix(world, baseURL!);
});

test.afterAll(async () => close?.());

test("every page and route handler under app/ has a row, and every row a route", () => {
  const discovered = discoverRoutes().map(routeKey);
  expect(discovered.length).toBeGreaterThan(25);
  expect(sorted(new Set([...matrix.map((r) => r.key), ...Object.keys(WRITE_CELLS)]))).toEqual(sorted(new Set(discovered)));
});

async function answerOf(response: APIResponse): Promise<Answer> {
  const text = await response.text();
  let parsed: Record<string, unknown> | undefined;
  return {
    status: response.status(),
    location: response.headers().location ?? null,
    text,
    json: () => (parsed ??= JSON.parse(text) as Record<string, unknown>),
  };
}

function mismatch(cell: Cell, answer: Answer): string | null {
  if (answer.status !== cell.status) return `expected ${cell.status}, got ${answer.status}${answer.location ? ` → ${answer.location}` : ""}`;
  if (cell.location !== undefined && new URL(answer.location ?? "", "http://x").pathname !== cell.location) return `redirects to ${answer.location}, not ${cell.location}`;
  try {
    cell.check?.(answer);
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 300);
  }
  return null;
}

test("reads: each identity gets exactly its answer from every page and GET", async () => {
  const failures: string[] = [];
  let cells = 0;
  for (const row of matrix) {
    const asked = row.targets.flatMap((target) => IDENTITIES.map((who) => ({ target, who })));
    const answers = await Promise.all(asked.map(({ target, who }) => row.send(clients[who], row.url(target), target).then(answerOf)));
    asked.forEach(({ target, who }, i) => {
      cells += 1;
      const problem = mismatch(row.cell(who, target), answers[i]!);
      if (problem) failures.push(`${row.key}${target ? ` [${target}]` : ""} as ${who}: ${problem}`);
    });
  }
  expect(failures).toEqual([]);
  expect(cells).toBeGreaterThan(250);
});

// --- writes --------------------------------------------------------------------

interface NominationJson {
  id: number;
  positionId: string;
  candidateId: string;
  candidateName: string | null;
  nominatedById: string | null;
  rationale: string | null;
  status: string;
  version: number;
}

// What a refused request must leave untouched: every nomination as HR reads
// it, and the size of the audit log.
async function dataState(hr: APIRequestContext) {
  const nominations = ((await (await hr.get("/api/v1/nominations?pageSize=1000")).json()) as { rows: NominationJson[] }).rows;
  const audit = (await (await hr.get("/audit")).text()).replace(/<!-- -->/g, "").match(/\((\d+) events\)/)?.[1];
  expect(audit, "the audit page states its size").toBeDefined();
  return { nominations, auditEvents: Number(audit) };
}

async function expectRefused(response: APIResponse, status: number, label: string) {
  expect(response.status(), label).toBe(status);
  const code = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict" }[status];
  expect((await response.json()).error?.code, label).toBe(code);
}

const created: Partial<Record<"admin" | "hr" | "manager", NominationJson>> = {};

test("POST /api/v1/nominations: each role, and forged proposals refused without a trace", async () => {
  const seat = world.inside.positionId;
  const existing = new Set(
    ((await (await clients.hr.get(`/api/v1/nominations?positionId=${seat}`)).json()) as { rows: NominationJson[] }).rows.map((r) => r.candidateId),
  );
  // Three people of manager@'s line who are not yet on this seat's slate.
  const [forManager, forHr, forAdmin] = [...world.subtree.manager]
    .filter((id) => id !== MANAGER_ID && id !== world.inside.employeeId && !existing.has(id))
    .sort();
  expect(forAdmin, "three candidates in the manager's subtree").toBeDefined();
  const body = (candidateId: string, extra: object = {}) => ({ positionId: seat, candidateId, readiness: "3_plus_years", rationale: "authorization matrix", ...extra });
  const post = (who: Identity, data: object) => clients[who].post("/api/v1/nominations", { data, maxRedirects: 0 });

  const before = await dataState(clients.hr);
  for (const who of ["anonymous", "badToken", "executive", "manager2"] as const) {
    await expectRefused(await post(who, body(forManager!)), WRITE_CELLS["POST /api/v1/nominations"]![who], `POST as ${who}`);
  }
  // Forged by manager@: another manager's seat, a candidate outside their view
  // (answered exactly like an unknown id), and fields only the server sets.
  await expectRefused(await post("manager", { ...body(forManager!), positionId: world.outside.positionId }), 404, "another manager's seat");
  const outside = await post("manager", body(world.outside.employeeId));
  const unknown = await post("manager", body("E999999"));
  await expectRefused(outside, 404, "a candidate outside the manager's view");
  await expectRefused(unknown, 404, "an unknown candidate");
  expect((await outside.json()).error.message.replace(world.outside.employeeId, "?")).toBe((await unknown.json()).error.message.replace("E999999", "?"));
  for (const smuggled of [{ role: "hr" }, { status: "approved" }, { nominatedById: MANAGER2_ID }, { decidedById: 1 }, { decidedAt: "2026-01-01T00:00:00Z" }]) {
    await expectRefused(await post("manager", body(forManager!, smuggled)), 400, `smuggled ${Object.keys(smuggled)[0]}`);
  }
  await expectRefused(await post("executive", body(forManager!, { role: "hr" })), 400, "an executive claiming HR");
  expect(await dataState(clients.hr)).toEqual(before);

  for (const [who, candidateId] of [["manager", forManager!], ["hr", forHr!], ["admin", forAdmin!]] as const) {
    const response = await post(who, body(candidateId));
    expect(response.status(), `POST as ${who}`).toBe(WRITE_CELLS["POST /api/v1/nominations"]![who]);
    const entry = (await response.json()) as NominationJson;
    expect(entry).toMatchObject({ positionId: seat, candidateId, status: "proposed", version: 1, rationale: "authorization matrix" });
    // Who nominated comes from the signed-in user (HR's accounts are not people).
    expect(entry.nominatedById).toBe(who === "manager" ? MANAGER_ID : null);
    expect(entry.candidateName).not.toBeNull();
    created[who] = entry;
  }
  expect((await dataState(clients.hr)).auditEvents).toBe(before.auditEvents + 3);
});

test("PATCH /api/v1/nominations/{id}: each role, and forged decisions refused without a trace", async () => {
  const mine = created.manager!;
  const byHr = created.hr!;
  const byAdmin = created.admin!;
  expect(mine && byHr && byAdmin, "the POST test created three entries").toBeTruthy();
  const patch = (who: Identity, id: number, data: object) => clients[who].patch(`/api/v1/nominations/${id}`, { data, maxRedirects: 0 });
  const approve = { action: "approve", version: mine.version };
  const withdraw = { action: "withdraw", version: mine.version };
  // Someone else's approved entry on a seat of manager@'s line: visible to them, not theirs.
  const visible = ((await (await clients.manager.get("/api/v1/nominations?pageSize=1000")).json()) as { rows: NominationJson[] }).rows;
  const othersEntry = visible.find((r) => r.nominatedById !== MANAGER_ID && r.status === "approved");
  expect(othersEntry, "a seeded approved entry by another nominator in manager@'s view").toBeDefined();

  const before = await dataState(clients.hr);
  const cells = WRITE_CELLS["PATCH /api/v1/nominations/[id]"]!;
  await expectRefused(await patch("anonymous", mine.id, approve), cells.anonymous, "PATCH signed out");
  await expectRefused(await patch("badToken", mine.id, approve), cells.badToken, "PATCH with a bad token");
  await expectRefused(await patch("executive", mine.id, approve), cells.executive, "an executive approving");
  await expectRefused(await patch("executive", mine.id, withdraw), 404, "an executive withdrawing a pending entry they cannot see");
  await expectRefused(await patch("manager2", mine.id, withdraw), cells.manager2, "another manager withdrawing it");
  await expectRefused(await patch("manager2", mine.id, approve), 403, "another manager approving it");
  await expectRefused(await patch("manager", mine.id, approve), 403, "a manager approving their own proposal");
  await expectRefused(await patch("manager", othersEntry!.id, { action: "withdraw", version: othersEntry!.version }), 403, "a manager withdrawing someone else's entry");
  await expectRefused(await patch("hr", mine.id, withdraw), 403, "HR withdrawing a manager's proposal");
  await expectRefused(await patch("hr", byHr.id, { action: "approve", version: byHr.version }), 403, "HR approving its own proposal");
  await expectRefused(await patch("manager", mine.id, { ...approve, role: "hr" }), 400, "a manager claiming HR in the body");
  await expectRefused(await patch("manager", mine.id, { ...withdraw, status: "approved" }), 400, "a status smuggled into a withdrawal");
  await expectRefused(await patch("hr", mine.id, { ...approve, decidedById: 1 }), 400, "a decider smuggled into an approval");
  await expectRefused(await patch("hr", mine.id, { action: "approve", version: mine.version + 5 }), 409, "a stale version");
  await expectRefused(await patch("hr", 999_999_999, approve), 404, "an unknown nomination");
  expect(await dataState(clients.hr)).toEqual(before);

  const answers = {
    admin: await patch("admin", byHr.id, { action: "approve", version: byHr.version }),
    hr: await patch("hr", byAdmin.id, { action: "decline", reason: "not this cycle", version: byAdmin.version }),
    manager: await patch("manager", mine.id, withdraw),
  };
  for (const [who, response] of Object.entries(answers) as [keyof typeof answers, APIResponse][]) {
    expect(response.status(), `PATCH as ${who}`).toBe(cells[who]);
  }
  expect(await answers.admin.json()).toMatchObject({ id: byHr.id, status: "approved", version: byHr.version + 1 });
  expect(await answers.hr.json()).toMatchObject({ id: byAdmin.id, status: "declined", version: byAdmin.version + 1 });
  expect(await answers.manager.json()).toMatchObject({ id: mine.id, status: "withdrawn", version: mine.version + 1 });
  // Leave the seat's successors as seeded for the specs that follow.
  expect((await patch("hr", byHr.id, { action: "withdraw", version: byHr.version + 1 })).status()).toBe(200);
  expect((await dataState(clients.hr)).auditEvents).toBe(before.auditEvents + 4);
});

test("plan snapshots: HR takes them, only an admin deletes one, and a refusal leaves no trace", async () => {
  const snapshotIds = async () => ((await (await clients.hr.get("/api/v1/snapshots")).json()) as { rows: { id: number }[] }).rows.map((r) => r.id);
  const take = WRITE_CELLS["POST /api/v1/snapshots"]!;
  const remove = WRITE_CELLS["DELETE /api/v1/snapshots/[id]"]!;
  const before = { ...(await dataState(clients.hr)), snapshots: await snapshotIds() };
  for (const who of ["anonymous", "badToken", "executive", "manager", "manager2"] as const) {
    await expectRefused(await clients[who].post("/api/v1/snapshots", { data: { name: `by ${who}` }, maxRedirects: 0 }), take[who], `POST as ${who}`);
  }
  await expectRefused(await clients.hr.post("/api/v1/snapshots", { data: { name: "x", takenAt: "2020-01-01" } }), 400, "a date smuggled into a snapshot");
  for (const who of ["anonymous", "badToken", "executive", "manager", "manager2", "hr"] as const) {
    await expectRefused(await clients[who].delete(`/api/v1/snapshots/${world.snapshot.id}`, { maxRedirects: 0 }), remove[who], `DELETE as ${who}`);
  }
  expect({ ...(await dataState(clients.hr)), snapshots: await snapshotIds() }).toEqual(before);

  const made: number[] = [];
  for (const who of ["hr", "admin"] as const) {
    const response = await clients[who].post("/api/v1/snapshots", { data: { name: `by ${who}` } });
    expect(response.status(), `POST as ${who}`).toBe(take[who]);
    const body = (await response.json()) as { id: number; name: string; takenAt: string };
    expect(body).toMatchObject({ name: `by ${who}`, takenAt: expect.any(String) });
    made.push(body.id);
  }
  for (const id of made) expect((await clients.admin.delete(`/api/v1/snapshots/${id}`)).status()).toBe(remove.admin);
  await expectRefused(await clients.admin.delete(`/api/v1/snapshots/${made[0]}`), 404, "a snapshot already deleted");
  expect(await snapshotIds()).toEqual(before.snapshots);
  // Two taken, two deleted: each audited.
  expect((await dataState(clients.hr)).auditEvents).toBe(before.auditEvents + 4);
});
