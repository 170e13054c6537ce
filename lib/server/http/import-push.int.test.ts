import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOMINATIONS_CSV, PEOPLE_CSV, PEOPLE_HEADER, POSITIONS_CSV } from "@/lib/import/test-files";
import { createTestDatabase, dumpContent, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { importPush } from "./import-push";

const providers = await providersUnderTest();

const BASE = "http://baton.test/api/v1/imports";

function push(options: { kind: string; body: BodyInit; query?: string; type?: string; headers?: Record<string, string> }) {
  return new Request(`${BASE}/${options.kind}${options.query ? `?${options.query}` : ""}`, {
    method: "POST",
    body: options.body,
    headers: { authorization: "Bearer baton_test", "content-type": options.type ?? "text/csv", ...options.headers },
  });
}

describe.each(providers)("HRIS push on %s", (provider) => {
  let test: TestDatabase;
  const hr: AppUser = { id: 0, email: "hr@acme.test", name: "HR", role: "hr", personId: null };
  const run = async (request: Request, kind: string, user: AppUser = hr) =>
    importPush({ request, viewer: await createViewer({ db: test.db, user }), provider, kind });
  const send = (options: Parameters<typeof push>[0], user?: AppUser) => run(push(options), options.kind, user);

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    const row = await test.db.user.create({ data: { email: hr.email, role: "hr", passwordHash: "x" } });
    hr.id = row.id;
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("a dry run answers 200 with the summary and writes nothing", async () => {
    const before = await dumpContent(test.db);
    const response = await send({ kind: "people", body: PEOPLE_CSV, query: "dryRun=true" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, kind: "people", fileName: "people.csv", rowCount: 5, applied: false, hasChanges: true });
    expect(body.summary).toEqual({
      people: { created: 5, updated: 0, unchanged: 0 },
      positions: { created: 5, updated: 0, unchanged: 0 },
      orgUnits: { created: 3, updated: 0, unchanged: 0 },
    });
    expect(await dumpContent(test.db)).toEqual(before);
  });

  it("applies the file as the pushing HR user, and the same file again changes nothing", async () => {
    const first = await send({ kind: "people", body: PEOPLE_CSV, query: "fileName=hris-2026-12-02.csv" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ applied: true, fileName: "hris-2026-12-02.csv" });
    expect(await test.db.person.count()).toBe(5);
    const summary = await test.db.auditEvent.findFirstOrThrow({ where: { action: "import" } });
    expect(summary).toMatchObject({ actorLabel: hr.email, actorUserId: hr.id, entity: "people", entityId: "hris-2026-12-02.csv" });

    const state = await dumpContent(test.db);
    const again = await send({ kind: "people", body: Buffer.from(PEOPLE_CSV) });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ applied: false, hasChanges: false, summary: { people: { created: 0, updated: 0, unchanged: 5 } } });
    expect(await dumpContent(test.db)).toEqual(state);

    // Semicolons, CRLF and a byte-order mark read as on the upload page.
    const positions = await send({ kind: "positions", body: POSITIONS_CSV, type: "text/csv; charset=utf-8" });
    expect(positions.status).toBe(200);
    const nominations = await send({ kind: "nominations", body: NOMINATIONS_CSV, type: "application/octet-stream" });
    expect(nominations.status).toBe(200);
    expect(await test.db.nomination.count()).toBe(2);
  });

  it("takes an Excel workbook's named sheet, with the same answers", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Cover");
    const sheet = workbook.addWorksheet("People");
    for (const line of PEOPLE_CSV.split("\n")) sheet.addRow(line.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, 16).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "")));
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const response = await send({ kind: "people", body, type, query: "sheet=People" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ fileName: "people.xlsx", hasChanges: false, summary: { people: { unchanged: 5 } } });
    const cover = await send({ kind: "people", body, type });
    expect(cover.status).toBe(422);
    expect(((await cover.json()) as { lines: string[] }).lines[0]).toBe("sheet Cover: the sheet is empty");
  });

  it("answers 422 with every row error and writes nothing", async () => {
    const before = await dumpContent(test.db);
    const bad = [PEOPLE_HEADER, "E0009,Neu,not-an-email,Engineer,Acme,E0001,L1,2020-01-01,2020-01-01,,,,,,,", "E0010,Zed,zed@acme.test,Engineer,Acme,E0001,L1,2020-02-30,2020-01-01,,,,,,,"].join("\n");
    const response = await send({ kind: "people", body: bad });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string }; errors: { row: number; column: string }[]; errorCount: number; lines: string[] };
    expect(body.error).toEqual({ code: "unprocessable", message: "people.csv: refused with 2 errors; nothing was written" });
    expect(body.errorCount).toBe(2);
    expect(body.errors.map((e) => [e.row, e.column])).toEqual([[2, "email"], [3, "hire_date"]]);
    expect(body.lines[0]).toMatch(/^row 2, column email: /);
    expect(await dumpContent(test.db)).toEqual(before);

    const empty = await send({ kind: "assessments", body: "" });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe("the file is empty");
  });

  it("refuses other roles, cross-origin cookies, unknown kinds, bad options and the wrong body before importing", async () => {
    const before = await dumpContent(test.db);
    const manager: AppUser = { ...hr, role: "manager" };
    const executive: AppUser = { ...hr, role: "executive" };
    const codes = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV }, manager))).toEqual([403, "forbidden"]);
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV }, executive))).toEqual([403, "forbidden"]);
    const cookie = new Request(`${BASE}/people`, { method: "POST", body: PEOPLE_CSV, headers: { "content-type": "text/csv", origin: "https://elsewhere.example", host: "baton.test" } });
    expect(await codes(await run(cookie, "people"))).toEqual([403, "forbidden"]);
    expect(await codes(await send({ kind: "salaries", body: PEOPLE_CSV }))).toEqual([404, "not_found"]);
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV, query: "dryRun=yes" }))).toEqual([400, "bad_request"]);
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV, query: "fileName=../etc/passwd" }))).toEqual([400, "bad_request"]);
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV, query: "dry_run=true" }))).toEqual([400, "bad_request"]);
    // curl -d: a form body with its line breaks stripped.
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV, type: "application/x-www-form-urlencoded" }))).toEqual([415, "unsupported_media_type"]);
    expect(await codes(await send({ kind: "people", body: PEOPLE_CSV, headers: { "content-length": "60000000" } }))).toEqual([413, "payload_too_large"]);
    expect(await dumpContent(test.db)).toEqual(before);
  });
});
