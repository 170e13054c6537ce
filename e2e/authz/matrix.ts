import { parse } from "csv-parse/sync";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ACCOUNTS, accountId, EXEC_ID, MANAGER2_ID, MANAGER_ID, type Identity, type World } from "./world";

// The read half of the authorization matrix: every page and every GET (and
// the import upload), each identity, the exact answer. Writes to nominations
// are in WRITE_CELLS and their own tests (they change data).

export interface Answer {
  status: number;
  location: string | null;
  text: string;
  json: () => Record<string, unknown>;
}

export interface Cell {
  status: number;
  location?: string; // a redirect's path
  check?: (answer: Answer) => void;
}

export interface Row {
  key: string; // "GET /people/[employeeId]", as discovered
  targets: readonly string[]; // the concrete ids a dynamic segment is tried with; [""] when none
  url: (target: string) => string;
  send: (client: APIRequestContext, url: string, target: string) => Promise<APIResponse>;
  cell: (who: Identity, target: string) => Cell;
}

// --- answers -----------------------------------------------------------------

const ERROR_CODES: Record<number, string> = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict" };
export const toLogin: Cell = { status: 307, location: "/login" };
export const notFoundPage: Cell = { status: 404 };
// A JSON API refusal: the status and the one error shape of SPEC §7.
export const refused = (status: number): Cell => ({
  status,
  check: (a) => expect(a.json().error).toMatchObject({ code: ERROR_CODES[status], message: expect.any(String) }),
});
export const plain = (status: number): Cell => ({ status });
const ok = (check?: (a: Answer) => void): Cell => ({ status: 200, check });
const html = (include: string[], exclude: string[] = []): Cell =>
  ok((a) => {
    for (const marker of include) expect(a.text.includes(marker), `shows "${marker}"`).toBe(true);
    for (const marker of exclude) expect(a.text.includes(marker), `does not show "${marker}"`).toBe(false);
  });
const keys = (o: unknown) => Object.keys(o as object).sort();

const isHr = (who: Identity) => who === "hr" || who === "admin";
const isManager = (who: Identity): who is "manager" | "manager2" => who === "manager" || who === "manager2";
const signedOut = (who: Identity) => who === "anonymous" || who === "badToken";
// The person a signed-in identity is linked to (HR and admin are not).
const selfOf = (who: Identity) => (who === "executive" ? EXEC_ID : who === "manager" ? MANAGER_ID : who === "manager2" ? MANAGER2_ID : null);
const get = (client: APIRequestContext, url: string) => client.get(url, { maxRedirects: 0 });

// Field sets of SPEC §7 and docs/access.md.
const GAP_ROW = ["positionId", "title", "orgUnitPath", "level", "critical", "impactOfLoss", "incumbentEmployeeId", "retirementDate", "retirementSource", "vacancyRisk", "successors", "benchStrength", "flags", "risk"];
const GAP_ROW_EXEC = GAP_ROW.filter((k) => k !== "retirementDate" && k !== "retirementSource");
const PERSON_BASE = ["employeeId", "name", "email", "title", "orgUnitPath", "level", "managerEmployeeId", "positionId", "location", "hireDate", "roleStartDate", "active"];
const NOMINATION = ["id", "positionId", "positionTitle", "candidateId", "candidateName", "nominatedById", "readiness", "emergency", "rationale", "status", "decisionReason", "decidedAt", "version", "createdAt", "updatedAt"];
const csvRecords = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const csvHeader = (text: string) => text.slice(0, text.indexOf("\n")).replace(/^\uFEFF/, "").trim().split(",");

export const sorted = (list: Iterable<string>) => [...list].sort();

// --- the matrix ----------------------------------------------------------------

export function buildMatrix(world: World, baseURL: string): Row[] {
  const { inside, outside, seats, subtree, unitOf } = world;
  const person = { inside: inside.employeeId, outside: outside.employeeId, self: MANAGER_ID, unknown: "E999999" } as Record<string, string>;
  const account = { manager: String(accountId(ACCOUNTS.manager)), unknown: "999999", notAnId: "me" } as Record<string, string>;
  const seat = { inside: inside.positionId, outside: outside.positionId, unknown: "P-NO-SUCH-SEAT" } as Record<string, string>;
  const snapshotId = { taken: String(world.snapshot.id), unknown: "999999999" } as Record<string, string>;
  // The seats a snapshot taken at test start holds for a reader: the live rule.
  const seatsFor = (who: Identity) => sorted(isManager(who) ? seats[who] : world.positions.map((p) => p.positionId));
  // Whether a manager's subtree holds the target (manager@ holds "inside" and themselves, manager2@ "outside").
  const holds = (who: Identity, target: string) =>
    (who === "manager" && (target === "inside" || target === "self")) || (who === "manager2" && target === "outside");
  const mayRead = (who: Identity, target: string) => target !== "unknown" && (!isManager(who) || holds(who, target));

  // A dashboard page: signed out goes to the sign-in page; otherwise `cell`.
  const page = (key: string, url: (t: string) => string, cell: (who: Identity, target: string) => Cell, targets: readonly string[] = [""]): Row => ({
    key: `GET ${key}`,
    targets,
    url,
    send: get,
    cell: (who, target) => (signedOut(who) ? toLogin : cell(who, target)),
  });
  // A JSON route handler: signed out is 401; otherwise `cell`.
  const api = (key: string, url: (t: string) => string, cell: (who: Identity, target: string) => Cell, targets: readonly string[] = [""]): Row => ({
    key,
    targets,
    url,
    send: get,
    cell: (who, target) => (signedOut(who) ? refused(401) : cell(who, target)),
  });
  const byScope = (who: Identity, organization: string, reportingLine: string) =>
    isManager(who) ? html([reportingLine], [organization]) : html([organization], [reportingLine]);

  return [
    {
      key: "GET /login",
      targets: [""],
      url: () => "/login",
      send: get,
      cell: (who) => (signedOut(who) ? html(["Work email", "Password"]) : { status: 307, location: "/" }),
    },
    page("/", () => "/", (who) =>
      who === "executive"
        ? html(["Across the organization", "Bench strength"], ["Open nominations"])
        : isManager(who)
          ? html(["In your reporting line", "your proposals awaiting HR"], ["Bench strength"])
          : html(["Across the organization", "proposed, awaiting an HR decision"]),
    ),
    page("/gaps", () => "/gaps", (who) =>
      who === "executive"
        ? html(["Every position in the organization", "Retirement dates are personal plans"])
        : isManager(who)
          ? html(["The seats in your reporting line"], ["Retirement dates are personal plans"])
          : html(["Every position in the organization"], ["Retirement dates are personal plans"]),
    ),
    page("/people", () => "/people", (who) =>
      who === "executive" ? notFoundPage : byScope(who, "Everyone in the organization", "Everyone in your reporting line"),
    ),
    page(
      "/people/[employeeId]",
      (t) => `/people/${person[t]}`,
      (who, t) =>
        who === "executive" || !mayRead(who, t)
          ? notFoundPage
          : isHr(who)
            ? html([person[t]!, "Birth year (HR only)", "Audit history"])
            : html([person[t]!], ["Birth year (HR only)", "Audit history"]),
      ["inside", "outside", "unknown"],
    ),
    page("/heatmap", () => "/heatmap", (who) => byScope(who, "The whole organization", "Your reporting line")),
    // Not in a manager's menu; by address it shows their own reporting line (docs/executive.md).
    page("/org-chart", () => "/org-chart", (who) => byScope(who, "The reporting tree", "Your reporting line")),
    page("/summary", () => "/summary", (who) => byScope(who, "Whole organization", "Your reporting line")),
    page("/snapshots", () => "/snapshots", (who) =>
      html(
        [world.snapshot.name, "Compare two plans"],
        [...(isHr(who) ? [] : ["Take a snapshot of today’s plan"]), ...(who === "admin" ? [] : [`Delete ${world.snapshot.name}`])],
      ),
    ),
    page(
      "/snapshots/[id]",
      (t) => `/snapshots/${snapshotId[t]}`,
      (who, t) => (t === "unknown" ? notFoundPage : byScope(who, "every seat.", "the seats in your reporting line.")),
      ["taken", "unknown"],
    ),
    page(
      "/snapshots/compare",
      (t) => `/snapshots/compare?from=${snapshotId[t]}&to=now`,
      (_who, t) => (t === "unknown" ? notFoundPage : html([`“${world.snapshot.name}”`, "what moved in the succession plan"])),
      ["taken", "unknown"],
    ),
    // Organization-wide what-if: HR and executives; a manager's partial view has no such page.
    page("/scenarios", () => `/scenarios?leavers=${inside.employeeId}`, (who) =>
      isManager(who)
        ? notFoundPage
        : isHr(who)
          ? html(["What-if scenarios", "The chain of moves", "Before and after", "Save scenario"])
          : html(["What-if scenarios", "The chain of moves", "Before and after"], ["Save scenario"]),
    ),
    page("/review", () => "/review", (who) => (isHr(who) ? html(["Nine-box", "Calibration history"]) : notFoundPage)),
    page("/nominations", () => "/nominations", (who) =>
      who === "executive" ? notFoundPage : isHr(who) ? html(["Inbox", "Notifications"], ["My proposals"]) : html(["My proposals", "Notifications"], ["Inbox"]),
    ),
    page("/team", () => "/team", (who) =>
      who === "executive"
        ? notFoundPage
        : isHr(who)
          ? html(["Active people with no submitted assessment"])
          : html(["Everyone who reports to you"]),
    ),
    page(
      "/team/[employeeId]/assess",
      (t) => `/team/${person[t]}/assess`,
      (who, t) => (who === "executive" || !mayRead(who, t) ? notFoundPage : html(["Assess ", person[t]!])),
      ["inside", "outside"],
    ),
    page(
      "/team/[employeeId]/develop",
      (t) => `/team/${person[t]}/develop`,
      (who, t) => (who === "executive" || !mayRead(who, t) ? notFoundPage : html(["Plan development for ", person[t]!])),
      ["inside", "outside"],
    ),
    page(
      "/positions/[positionId]",
      (t) => `/positions/${seat[t]}`,
      (who, t) =>
        !mayRead(who, t)
          ? notFoundPage
          : who === "executive"
            ? html([seat[t]!, "Successors", "Play out the chain of moves"], ["Nominate a successor", "Suggested successors"])
            : isManager(who)
              ? html([seat[t]!, "Nominate a successor", "Suggested successors"], ["Play out the chain of moves"])
              : html([seat[t]!, "Nominate a successor", "Suggested successors", "Play out the chain of moves"]),
      ["inside", "outside", "unknown"],
    ),
    page("/audit", () => "/audit", (who) => (isHr(who) ? html(["Every change Baton made"]) : notFoundPage)),
    page("/import", () => "/import", (who) => (isHr(who) ? html(["Upload a CSV"]) : notFoundPage)),
    page("/settings", () => "/settings", (who) => (isHr(who) ? html(["The thresholds behind every score", "E-mail notifications", "BATON_SMTP_URL"]) : notFoundPage)),
    // Everyone's own e-mail choices: the kinds their role receives, none for executives.
    page("/account", () => "/account", (who) =>
      who === "executive"
        ? html(["Signed in as", "Baton sends no e-mail to executives"], ["Save e-mail choices"])
        : isHr(who)
          ? html(["Signed in as", "HR decided a nomination I proposed", "A nomination waits for an HR decision", "E-mail is not set up"])
          : html(["Signed in as", "HR decided a nomination I proposed", "People reporting to me are due"], ["A nomination waits for an HR decision"]),
    ),
    // User administration is the admin's alone, not HR's.
    page("/admin/users", () => "/admin/users", (who) => (who === "admin" ? html(["Who may sign in to Baton", ACCOUNTS.manager2, "Add a user"]) : notFoundPage)),
    page(
      "/admin/users/[userId]",
      (t) => `/admin/users/${account[t]}`,
      (who, t) => (who === "admin" && t === "manager" ? html([ACCOUNTS.manager, "API tokens", "Sign out everywhere"]) : notFoundPage),
      ["manager", "unknown", "notAnId"],
    ),

    // CSV exports: the page's scope and projection, whole.
    {
      key: "GET /gaps/export",
      targets: [""],
      url: () => "/gaps/export",
      send: get,
      cell: (who) =>
        signedOut(who)
          ? plain(401)
          : ok((a) => {
              const header = csvHeader(a.text);
              expect(header.includes("retirement_date")).toBe(who !== "executive");
              const ids = csvRecords(a.text).map((r) => r.position_id!);
              expect(sorted(ids)).toEqual(sorted(isManager(who) ? seats[who] : world.positions.map((p) => p.positionId)));
            }),
    },
    {
      key: "GET /scenarios/export",
      targets: [""],
      url: () => `/scenarios/export?leavers=${inside.employeeId}`,
      send: get,
      cell: (who) =>
        signedOut(who)
          ? plain(401)
          : isManager(who)
            ? plain(404)
            : ok((a) => {
                expect(csvHeader(a.text).slice(0, 4)).toEqual(["outcome", "step", "depth", "position_id"]);
                const first = csvRecords(a.text)[0];
                expect(first?.vacated_by, "the leaver's own seat opens first").toBe(inside.employeeId);
              }),
    },
    {
      key: "GET /people/export",
      targets: [""],
      url: () => "/people/export",
      send: get,
      cell: (who) =>
        signedOut(who)
          ? plain(401)
          : who === "executive"
            ? plain(404)
            : ok((a) => {
                expect(csvHeader(a.text)).toEqual(["employee_id", "name", "title", "org_unit_path", "level", "manager_employee_id", "manager_name", "mgmt_score", "lead_score", "stuck", "retiring_soon"]);
                const ids = csvRecords(a.text).map((r) => r.employee_id!);
                // A manager's reports, without themselves: nobody but HR reads their own scores.
                const expected = isManager(who) ? [...subtree[who]].filter((id) => id !== selfOf(who)) : [...world.people.keys()];
                expect(sorted(ids)).toEqual(sorted(expected));
              }),
    },

    {
      key: "GET /snapshots/[id]/export",
      targets: ["taken", "unknown"],
      url: (t) => `/snapshots/${snapshotId[t]}/export`,
      send: get,
      cell: (who, t) =>
        signedOut(who)
          ? plain(401)
          : t === "unknown"
            ? plain(404)
            : ok((a) => {
                expect(csvHeader(a.text).includes("retirement_date")).toBe(who !== "executive");
                expect(sorted(csvRecords(a.text).map((r) => r.position_id!))).toEqual(seatsFor(who));
              }),
    },

    // The org chart's lazy loaders.
    api(
      "GET /org-chart/children",
      (t) => `/org-chart/children?parent=${seat[t]}`,
      (who, t) =>
        !mayRead(who, t)
          ? refused(404)
          : ok((a) => {
              const body = a.json() as { boxes: Record<string, unknown>[] };
              expect(keys(body)).toEqual(["boxes", "nextOffset", "parentId", "total"]);
              expect(body.boxes.length).toBeGreaterThan(0);
              for (const box of body.boxes) {
                expect(box).not.toHaveProperty("retirementDate");
                if (isManager(who)) expect(seats[who].has(box.positionId as string)).toBe(true);
              }
            }),
      ["inside", "outside"],
    ),
    api(
      "GET /org-chart/path",
      (t) => `/org-chart/path?to=${seat[t]}`,
      (who, t) =>
        !mayRead(who, t)
          ? refused(404)
          : ok((a) => {
              const body = a.json() as { path: string[] };
              expect(keys(body)).toEqual(["pages", "path"]);
              expect(body.path.at(-1)).toBe(seat[t]);
              // A manager's way down starts at a seat of their own line; HR's at the top.
              if (isManager(who)) expect(body.path.every((id) => seats[who].has(id))).toBe(true);
              else expect(body.path.some((id) => !seats.manager.has(id) && !seats.manager2.has(id))).toBe(true);
            }),
      ["inside", "outside"],
    ),
    api(
      "GET /org-chart/search",
      (t) => `/org-chart/search?q=${encodeURIComponent((t === "inside" ? inside : outside).name)}`,
      (who, t) =>
        ok((a) => {
          const body = a.json() as { matches: { employeeId: string }[] };
          expect(keys(body)).toEqual(["matches", "total"]);
          const found = body.matches.some((m) => m.employeeId === person[t]);
          expect(found, `finds ${person[t]}`).toBe(mayRead(who, t));
          if (isManager(who)) expect(body.matches.every((m) => subtree[who].has(m.employeeId))).toBe(true);
        }),
      ["inside", "outside"],
    ),

    // /api/v1 (SPEC §7).
    api("GET /api/v1/positions", () => "/api/v1/positions?pageSize=500&sort=positionId", (who) =>
      ok((a) => {
        const body = a.json() as { rows: Record<string, unknown>[]; total: number };
        expect(keys(body)).toEqual(["asOf", "page", "pageSize", "rows", "total"]);
        expect(keys(body.rows[0])).toEqual(sorted(who === "executive" ? GAP_ROW_EXEC : GAP_ROW));
        const expected = isManager(who) ? seats[who] : world.positions.map((p) => p.positionId);
        expect(sorted(body.rows.map((r) => r.positionId as string))).toEqual(sorted(expected));
        expect(body.total).toBe(sorted(expected).length);
      }),
    ),
    api(
      "GET /api/v1/people/[employeeId]",
      (t) => `/api/v1/people/${person[t]}`,
      (who, t) => {
        if (!mayRead(who, t)) return refused(404);
        // docs/access.md: identity for all who may see the person; scores and
        // retirement for HR and the person's managers (not themselves); sensitive for HR.
        const expected = isHr(who)
          ? [...PERSON_BASE, "assessment", "retirement", "sensitive"]
          : isManager(who) && t !== "self"
            ? [...PERSON_BASE, "assessment", "retirement"]
            : PERSON_BASE;
        return ok((a) => {
          expect(keys(a.json())).toEqual(sorted(expected));
          expect(a.json().employeeId).toBe(person[t]);
        });
      },
      ["inside", "outside", "self", "unknown"],
    ),
    api("GET /api/v1/heatmap", () => "/api/v1/heatmap", (who) =>
      ok((a) => {
        const body = a.json() as { rows: { depth: number; positions: number }[] };
        expect(keys(body)).toEqual(["asOf", "rows"]);
        // The whole-scope row counts exactly the seats the reader may see.
        const counted = body.rows.filter((r) => r.depth === 0).reduce((sum, r) => sum + r.positions, 0);
        expect(counted).toBe(isManager(who) ? seats[who].size : world.positions.length);
      }),
    ),
    // The trend: everyone who reads the heatmap, over the seats they may read.
    api("GET /api/v1/trend", () => "/api/v1/trend", (who) =>
      ok((a) => {
        const body = a.json() as { points: { date: string; bench: { criticalPositions: number }; flags: Record<string, number> }[] };
        expect(keys(body)).toEqual(["asOf", "points"]);
        expect(body.points.length).toBeGreaterThanOrEqual(25);
        expect(body.points.map((p) => p.date)).toEqual([...body.points.map((p) => p.date)].sort());
        // A manager's counts cover their line only: never more seats than the organization's.
        if (isManager(who)) expect(body.points.at(-1)!.flags["no-successor"]).toBeLessThanOrEqual(seatsFor(who).length);
      }),
    ),
    api("GET /api/v1/pipeline", () => "/api/v1/pipeline", (who) =>
      ok((a) => {
        const body = a.json() as { rows: { orgUnitId: string | null }[] };
        expect(keys(body)).toEqual(["asOf", "rows"]);
        expect(body.rows.length).toBeGreaterThan(0);
        if (isManager(who)) {
          for (const r of body.rows) if (r.orgUnitId !== null) expect(r.orgUnitId === unitOf[who] || r.orgUnitId.startsWith(`${unitOf[who]}/`)).toBe(true);
        }
      }),
    ),
    api("GET /api/v1/nominations", () => "/api/v1/nominations?pageSize=1000", (who) =>
      ok((a) => {
        const body = a.json() as { rows: Record<string, unknown>[]; total: number };
        expect(keys(body)).toEqual(["page", "pageSize", "rows", "total"]);
        expect(body.total).toBe(body.rows.length);
        expect(body.rows.length).toBeGreaterThan(0);
        expect(keys(body.rows[0])).toEqual(sorted(NOMINATION));
        if (isHr(who)) {
          expect(body.rows.some((r) => r.status === "proposed")).toBe(true);
          return;
        }
        const self = selfOf(who);
        for (const r of body.rows) {
          const mine = r.nominatedById === self;
          expect(r.candidateId, "never an entry naming the reader").not.toBe(self);
          if (r.status === "proposed") expect(mine, "a pending entry only to its nominator").toBe(true);
          if (!mine) expect([r.rationale, r.decisionReason], "words for HR and the nominator only").toEqual([null, null]);
          if (isManager(who)) expect(mine || seats[who].has(r.positionId as string), `${r.positionId as string} is in the subtree`).toBe(true);
        }
      }),
    ),
    // Plan snapshots (SPEC §8): everyone reads them, scoped like the live report.
    api("GET /api/v1/snapshots", () => "/api/v1/snapshots", () =>
      ok((a) => {
        const body = a.json() as { rows: { id: number }[] };
        expect(keys(body)).toEqual(["rows"]);
        expect(body.rows.some((r) => r.id === world.snapshot.id)).toBe(true);
      }),
    ),
    api(
      "GET /api/v1/snapshots/[id]/positions",
      (t) => `/api/v1/snapshots/${snapshotId[t]}/positions?pageSize=500&sort=positionId`,
      (who, t) =>
        t === "unknown"
          ? refused(404)
          : ok((a) => {
              const body = a.json() as { rows: Record<string, unknown>[]; total: number };
              expect(keys(body)).toEqual(["asOf", "page", "pageSize", "rows", "total"]);
              expect(keys(body.rows[0])).toEqual(sorted(who === "executive" ? GAP_ROW_EXEC : GAP_ROW));
              expect(sorted(body.rows.map((r) => r.positionId as string))).toEqual(seatsFor(who));
            }),
      ["taken", "unknown"],
    ),
    api(
      "GET /api/v1/snapshots/compare",
      (t) => `/api/v1/snapshots/compare?from=${snapshotId[t]}&to=now`,
      (who, t) =>
        t === "unknown"
          ? refused(404)
          : ok((a) => {
              const body = a.json() as { comparison: { seats: { positionId: string }[] }; to: { id: unknown } };
              expect(keys(body)).toEqual(["comparison", "from", "names", "to"]);
              expect(body.to.id).toBe("now");
              const visible = new Set(seatsFor(who));
              for (const s of body.comparison.seats) expect(visible.has(s.positionId), `${s.positionId} is readable`).toBe(true);
            }),
      ["taken", "unknown"],
    ),
    // Successor suggestions: for those who nominate, scoped like the slate (a manager: own seats, own people).
    api(
      "GET /api/v1/positions/[id]/suggestions",
      (t) => `/api/v1/positions/${seat[t]}/suggestions?limit=50`,
      (who, t) =>
        who === "executive" || !mayRead(who, t)
          ? refused(404)
          : ok((a) => {
              const rows = (a.json() as { rows: { employeeId: string; fit: number; parts: Record<string, number | null> }[] }).rows;
              for (const r of rows) {
                expect(keys(r)).toEqual(["employeeId", "fit", "name", "parts"]);
                expect(r.employeeId, "never the reader").not.toBe(selfOf(who));
                if (isManager(who)) expect(subtree[who].has(r.employeeId), `${r.employeeId} is in the subtree`).toBe(true);
                const sum = Object.values(r.parts).reduce<number>((s, p) => s + (p ?? 0), 0);
                expect(Math.abs(Math.max(0, sum) - r.fit), "the parts add up to the fit").toBeLessThan(0.051);
              }
            }),
      ["inside", "outside", "unknown"],
    ),
    // Reads only, though it is a POST: HR and executives play it, managers get 404.
    {
      key: "POST /api/v1/scenarios/simulate",
      targets: [""],
      url: () => "/api/v1/scenarios/simulate",
      send: (client, url) => client.post(url, { data: { leavers: [world.positions[0]?.incumbentEmployeeId ?? ""].filter(Boolean), retireBy: "2030-12-31" }, maxRedirects: 0 }),
      cell: (who) =>
        signedOut(who)
          ? refused(401)
          : isManager(who)
            ? refused(404)
            : ok((a) => expect(keys(a.json())).toEqual(sorted(["asOf", "leavers", "moves", "unfilled", "depth", "before", "after", "heatmapChanges"]))),
    },
    // Public: it describes the API and holds no data.
    { key: "GET /api/v1/openapi.json", targets: [""], url: () => "/api/v1/openapi.json", send: get, cell: () => ok((a) => expect(a.json().openapi).toBe("3.1.0")) },

    // The import upload: a same-origin multipart POST. Sent without a file, so
    // HR's answer is a 400 and nothing is imported; everyone else is refused first.
    // Cross-origin, proxy.ts refuses it before it runs; a bearer token is not
    // cookie-borne, so the bad token reaches the route and is refused there.
    {
      key: "POST /import/run",
      targets: ["sameOrigin", "crossOrigin"],
      url: () => "/import/run",
      send: (client, url, t) =>
        client.post(url, {
          multipart: { kind: "people", intent: "preview" },
          headers: { origin: t === "sameOrigin" ? baseURL : "https://elsewhere.example" },
          maxRedirects: 0,
        }),
      cell: (who, t) => (t === "crossOrigin" && who !== "badToken" ? refused(403) : signedOut(who) ? refused(401) : isHr(who) ? refused(400) : refused(404)),
    },
    // The HRIS push, with the browser's session cookie (tokens: e2e/hris-push.spec.ts).
    // The file is refused (a header only), so HR's answer is a 422 and nothing is written.
    // Cross-origin without a bearer token, proxy.ts refuses it before it runs.
    {
      key: "POST /api/v1/imports/[kind]",
      targets: ["sameOrigin", "crossOrigin"],
      url: () => "/api/v1/imports/people",
      send: (client, url, t) =>
        client.post(url, {
          data: "employee_id\n",
          headers: { "content-type": "text/csv", origin: t === "sameOrigin" ? baseURL : "https://elsewhere.example" },
          maxRedirects: 0,
        }),
      cell: (who, t) =>
        t === "crossOrigin" && who !== "badToken"
          ? refused(403)
          : signedOut(who)
          ? refused(401)
          : !isHr(who)
            ? refused(403)
            : { status: 422, check: (a) => expect(a.json()).toMatchObject({ error: { code: "unprocessable" }, errorCount: expect.any(Number) }) },
    },
  ];
}
