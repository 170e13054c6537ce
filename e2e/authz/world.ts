import path from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { DEMO_PASSWORD, signIn } from "../helpers";

// Who asks, and about what: the identities of the authorization matrix, each
// signed in once through the real login form, and the seeded records the
// dynamic segments are filled with — picked from the data at test start and
// checked against an oracle built from HR's view, never assumed.

export const IDENTITIES = ["admin", "hr", "executive", "manager", "manager2", "anonymous", "badToken"] as const;
export type Identity = (typeof IDENTITIES)[number];
export const SIGNED_IN = ["admin", "hr", "executive", "manager", "manager2"] as const satisfies readonly Identity[];

// Demo accounts (scripts/seed.ts → lib/demo/generate.ts). The linked people
// are verified in pickWorld, so a change to the generator fails loudly here.
export const ACCOUNTS: Record<(typeof SIGNED_IN)[number], string> = {
  admin: "admin@baton.example",
  hr: "hr@baton.example",
  executive: "exec@baton.example",
  manager: "manager@baton.example",
  manager2: "manager2@baton.example",
};
export const EXEC_ID = "E000001";
export const MANAGER_ID = "E000181";
export const MANAGER2_ID = "E000004";

// A demo account's user id, read from the e2e database: no page or API lists
// user ids to anyone but an admin, which is what the matrix tests.
export function accountId(email: string): number {
  const db = new Database(path.resolve(__dirname, "../..", E2E_DATABASE_URL.slice("file:".length)), { readonly: true });
  try {
    const row = db.prepare('SELECT id FROM "User" WHERE email = ?').get(email) as { id: number } | undefined;
    if (!row) throw new Error(`no demo account ${email}`);
    return row.id;
  } finally {
    db.close();
  }
}

export type Clients = Record<Identity, APIRequestContext>;

export async function openClients(browser: Browser, baseURL: string): Promise<{ clients: Clients; close: () => Promise<void> }> {
  // Each client says it is the app's own page, as a browser's fetch does;
  // proxy.ts refuses cookie-borne writes that do not (e2e/security.spec.ts).
  const extraHTTPHeaders = { origin: baseURL };
  const signedIn = await Promise.all(
    SIGNED_IN.map(async (who) => {
      const context = await browser.newContext({ baseURL, extraHTTPHeaders });
      const page = await context.newPage();
      await signIn(page, ACCOUNTS[who], DEMO_PASSWORD);
      await page.close();
      return [who, context] as const;
    }),
  );
  const anonymous = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders });
  const badToken = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { ...extraHTTPHeaders, authorization: "Bearer baton_bogus" } });
  const clients = { ...Object.fromEntries(signedIn.map(([who, context]) => [who, context.request])), anonymous, badToken } as Clients;
  return {
    clients,
    close: async () => {
      await Promise.all([...signedIn.map(([, c]) => c.close()), anonymous.dispose(), badToken.dispose()]);
    },
  };
}

export async function json<T = Record<string, unknown>>(response: APIResponse): Promise<T> {
  expect(response.status(), `${response.url()} → ${response.status()}`).toBe(200);
  return (await response.json()) as T;
}

export interface GapRowJson {
  positionId: string;
  orgUnitPath: string;
  incumbentEmployeeId: string | null;
  level: string;
}

export interface World {
  // The organization as HR sees it: the oracle every scoped answer is checked against.
  people: Map<string, { managerId: string | null; name: string; orgUnitPath: string; level: string }>;
  positions: GapRowJson[];
  subtree: Record<"manager" | "manager2", Set<string>>;
  unitOf: Record<"manager" | "manager2", string>;
  // What each manager may see of the positions, by SPEC §4's rule.
  seats: Record<"manager" | "manager2", Set<string>>;
  // A person inside manager@'s subtree (outside manager2@'s), with reports, and their seat.
  inside: { employeeId: string; name: string; positionId: string };
  // The same inside manager2@'s subtree, outside manager@'s.
  outside: { employeeId: string; name: string; positionId: string };
  // A plan snapshot of the organization as it stood at test start.
  snapshot: { id: number; name: string };
}

export function subtreeOf(people: World["people"], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const [id, p] of people) if (p.managerId) children.set(p.managerId, [...(children.get(p.managerId) ?? []), id]);
  const found = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

const inUnit = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

export async function pickWorld(hr: APIRequestContext): Promise<World> {
  const csv = await hr.get("/people/export");
  expect(csv.status()).toBe(200);
  const records = parse(await csv.text(), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const people: World["people"] = new Map(
    records.map((r) => [r.employee_id!, { managerId: r.manager_employee_id || null, name: r.name!, orgUnitPath: r.org_unit_path!, level: r.level! }]),
  );
  const positions = (await json<{ rows: GapRowJson[] }>(await hr.get("/api/v1/positions?pageSize=500&sort=positionId"))).rows;
  expect(positions.length).toBeGreaterThanOrEqual(400);

  // The demo accounts are linked to two directors in different divisions.
  for (const id of [MANAGER_ID, MANAGER2_ID]) expect(people.get(id)?.level, `${id} is a director`).toBe("L4");
  expect(people.get(EXEC_ID)?.managerId, "the executive account is the CEO").toBeNull();
  const subtree = { manager: subtreeOf(people, MANAGER_ID), manager2: subtreeOf(people, MANAGER2_ID) };
  const unitOf = { manager: people.get(MANAGER_ID)!.orgUnitPath, manager2: people.get(MANAGER2_ID)!.orgUnitPath };
  const seatsOf = (who: "manager" | "manager2") =>
    new Set(
      positions
        .filter((p) => (p.incumbentEmployeeId ? subtree[who].has(p.incumbentEmployeeId) : inUnit(p.orgUnitPath, unitOf[who])))
        .map((p) => p.positionId),
    );
  const seats = { manager: seatsOf("manager"), manager2: seatsOf("manager2") };

  // A middle manager with reports and a seat: it gives every dynamic segment
  // (person, seat, org-chart parent, assessable report) something to show.
  const pick = (mine: Set<string>, theirs: Set<string>, self: string) => {
    const managers = new Set([...people.values()].map((p) => p.managerId));
    const row = positions.find(
      (p) => p.incumbentEmployeeId && p.incumbentEmployeeId !== self && mine.has(p.incumbentEmployeeId) && !theirs.has(p.incumbentEmployeeId) && managers.has(p.incumbentEmployeeId),
    );
    expect(row, "a seated middle manager in the subtree").toBeTruthy();
    const employeeId = row!.incumbentEmployeeId!;
    return { employeeId, name: people.get(employeeId)!.name, positionId: row!.positionId };
  };
  const inside = pick(subtree.manager, subtree.manager2, MANAGER_ID);
  const outside = pick(subtree.manager2, subtree.manager, MANAGER2_ID);
  expect(subtree.manager.has(inside.employeeId) && !subtree.manager2.has(inside.employeeId)).toBe(true);
  expect(subtree.manager2.has(outside.employeeId) && !subtree.manager.has(outside.employeeId)).toBe(true);
  // The setup's one write: a plan snapshot for the snapshot rows to read,
  // taken now so that it holds exactly the seats above.
  const taken = await hr.post("/api/v1/snapshots", { data: { name: `Matrix ${Date.now()}` } });
  expect(taken.status(), "HR takes a plan snapshot").toBe(201);
  const snapshot = (await taken.json()) as { id: number; name: string };
  return { people, positions, subtree, unitOf, seats, inside, outside, snapshot };
}
