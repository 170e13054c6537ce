import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The nomination workflow end to end (SPEC §2, §4): a manager proposes, HR
// decides, the gap report and the audit log follow, and the API refuses
// what each role may not do.

interface Row {
  positionId: string;
  title: string;
  level: string;
  incumbentEmployeeId: string | null;
  flags: string[];
}

const MANAGER = "manager@baton.example";
const MANAGER_ID = "E000181";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  // page.request says it comes from the app's own page, as the browser's fetch would.
  const context = await browser.newContext({ extraHTTPHeaders: { origin: test.info().project.use.baseURL! } });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

async function positionsAs(request: APIRequestContext, query = ""): Promise<Row[]> {
  const response = await request.get(`/api/v1/positions?pageSize=500&sort=positionId${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()).rows as Row[];
}

const seatKind = (level: string) => (level >= "L4" ? "leadership" : level >= "L2" ? "management" : null);

// A watched seat without successors in the manager's scope, and someone in
// that scope whose relevant score is under 60, found in the seeded data
// rather than hard-coded.
async function findMismatchPair(request: APIRequestContext) {
  const seats = await positionsAs(request);
  const people = [...new Set(seats.map((s) => s.incumbentEmployeeId).filter((id): id is string => id !== null && id !== MANAGER_ID))];
  const scores = new Map<string, { managementScore: number | null; leadershipScore: number | null }>();
  for (const id of people) {
    const body = await (await request.get(`/api/v1/people/${id}`)).json();
    if (body.assessment) scores.set(id, body.assessment);
  }
  for (const seat of seats.filter((s) => s.flags.includes("no-successor"))) {
    const kind = seatKind(seat.level);
    if (!kind) continue;
    for (const [id, s] of scores) {
      const score = kind === "leadership" ? s.leadershipScore : s.managementScore;
      if (id !== seat.incumbentEmployeeId && score !== null && score < 60) return { seat, candidateId: id };
    }
  }
  throw new Error("the demo data has no mismatch pair in the manager's scope");
}

test("a manager nominates, HR approves, the gap closes, and every step is audited", async ({ browser }) => {
  const manager = await signedIn(browser, MANAGER);
  const { seat, candidateId } = await findMismatchPair(manager.request);

  // From the side navigation to the seat, by clicking: the gap report's
  // search, then the seat's title, which opens its slate.
  await manager.goto("/");
  await manager.getByRole("navigation").getByRole("link", { name: "Pipeline gaps" }).click();
  await manager.getByLabel("Search").fill(seat.positionId);
  await manager.getByLabel("Search").press("Enter");
  await expect(manager).toHaveURL(new RegExp(`q=${seat.positionId}`));
  const row = manager.getByRole("row").filter({ hasText: seat.positionId });
  await row.getByRole("link", { name: seat.title, exact: true }).click();
  await expect(manager).toHaveURL(new RegExp(`/positions/${seat.positionId}$`));
  // Flags in words, never their codes.
  await expect(manager.getByTestId("seat-flags")).toContainText("No successor");
  await expect(manager.getByTestId("seat-flags")).not.toContainText("no-successor");
  await manager.getByLabel("Candidate employee id").fill(candidateId);
  await manager.getByLabel("Readiness").selectOption("ready_now");
  await manager.getByLabel("Rationale").fill("Runs the region day to day");
  await manager.getByRole("button", { name: "Check nomination" }).click();
  // The warning comes before anything is saved.
  await expect(manager.getByRole("alert").filter({ hasText: "Readiness mismatch" })).toContainText("under 60");
  await expect(manager.getByRole("button", { name: "Save nomination" })).toBeVisible();
  await manager.getByRole("button", { name: "Save nomination" }).click();
  await expect(manager.getByText("Nomination saved")).toBeVisible();

  const hr = await signedIn(browser, "hr@baton.example");
  const listed = await (await hr.request.get(`/api/v1/nominations?positionId=${seat.positionId}&status=proposed`)).json();
  const nomination = listed.rows.find((r: { candidateId: string }) => r.candidateId === candidateId);
  expect(nomination).toBeTruthy();
  await hr.goto("/nominations");
  // What HR decides on: who proposed it and when, the scores, the mismatch.
  const entry = hr.getByTestId(`nomination-${nomination.id}`);
  await expect(entry).toContainText("Readiness mismatch");
  await expect(entry).toContainText(/Proposed by [^·]+ · \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
  await expect(entry).toContainText(/Manage \d+(\.\d)? · Lead \d+(\.\d)?/);
  await hr.getByRole("button", { name: `Approve ${candidateId} for ${seat.positionId}` }).click();
  await expect(hr.getByText("Nomination approved.")).toBeVisible();

  const after = (await positionsAs(hr.request, `&q=${seat.positionId}`)).find((r) => r.positionId === seat.positionId)!;
  expect(after.flags).not.toContain("no-successor");
  expect(after.flags).toContain("readiness-mismatch");

  await manager.goto("/nominations");
  await expect(manager.getByRole("list", { name: "Notifications" })).toContainText(`(${candidateId})`);
  await expect(manager.getByRole("list", { name: "Notifications" })).toContainText("was approved");
  const notice = manager.getByRole("listitem").filter({ hasText: `(${candidateId})` }).filter({ hasText: "was approved" });
  await expect(notice).toContainText("New");
  await expect(manager.getByTestId("unread-notifications")).toContainText(/^[1-9]\d* unread notifications$/);
  await manager.getByRole("button", { name: "Mark all as read" }).click();
  await expect(manager.getByTestId("unread-notifications")).toHaveCount(0);
  await expect(notice).not.toContainText("New");

  await hr.goto("/audit?entity=nomination");
  const events = hr.getByRole("row").filter({ hasText: `nomination ${nomination.id}` });
  await expect(events.filter({ hasText: "create" }).filter({ hasText: MANAGER })).toHaveCount(1);
  await expect(events.filter({ hasText: "Approved" }).filter({ hasText: "hr@baton.example" })).toHaveCount(1);
});

test.describe("nominations API", () => {
  test("refuses other roles' decisions and settles concurrent approvals", async ({ browser }) => {
    const manager = await signedIn(browser, MANAGER);
    const manager2 = await signedIn(browser, "manager2@baton.example");
    const hr = await signedIn(browser, "hr@baton.example");
    const admin = await signedIn(browser, "admin@baton.example");

    const seats = await positionsAs(manager.request);
    const seat = seats.find((s) => s.incumbentEmployeeId && s.incumbentEmployeeId !== MANAGER_ID)!;
    const candidate = seats.find((s) => s.incumbentEmployeeId && ![MANAGER_ID, seat.incumbentEmployeeId].includes(s.incumbentEmployeeId))!;
    // The role comes from the signed-in user; one in the body is refused
    // (e2e/authorization-matrix.spec.ts has the other smuggled fields).
    const smuggled = { positionId: seat.positionId, candidateId: candidate.incumbentEmployeeId, readiness: "1_2_years", role: "hr" };
    expect((await manager.request.post("/api/v1/nominations", { data: smuggled })).status()).toBe(400);
    const created = await manager.request.post("/api/v1/nominations", {
      data: { positionId: seat.positionId, candidateId: candidate.incumbentEmployeeId, readiness: "1_2_years" },
    });
    expect(created.status()).toBe(201);
    const nomination = await created.json();
    expect(nomination).toMatchObject({ status: "proposed", nominatedById: MANAGER_ID });

    const patch = (page: Page, data: object) => page.request.patch(`/api/v1/nominations/${nomination.id}`, { data });
    expect((await patch(manager2, { action: "approve", version: nomination.version })).status()).toBe(403);
    expect((await patch(manager2, { action: "withdraw", version: nomination.version })).status()).toBe(404);
    expect((await patch(manager, { action: "approve", version: nomination.version })).status()).toBe(403);
    expect((await patch(manager, { action: "approve", version: nomination.version, role: "hr" })).status()).toBe(400);
    expect((await patch(hr, { action: "decline", version: nomination.version })).status()).toBe(400);
    const outOfScope = await manager2.request.post("/api/v1/nominations", {
      data: { positionId: seat.positionId, candidateId: candidate.incumbentEmployeeId, readiness: "ready_now" },
    });
    expect(outOfScope.status()).toBe(404);

    const answers = await Promise.all([
      patch(hr, { action: "approve", version: nomination.version }),
      patch(admin, { action: "approve", version: nomination.version }),
    ]);
    expect(answers.map((a) => a.status()).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status() === 409)!;
    expect((await loser.json()).error.code).toBe("conflict");
  });
});

test("HR approves several proposals at once, and each is recorded on its own", async ({ browser }) => {
  const manager = await signedIn(browser, MANAGER);
  // Seats and candidates from the end of the manager's list, apart from the pairs the other tests use.
  const seats = (await positionsAs(manager.request)).filter((s) => s.incumbentEmployeeId && s.incumbentEmployeeId !== MANAGER_ID).reverse();
  const pairs = [
    { positionId: seats[0]!.positionId, candidateId: seats[2]!.incumbentEmployeeId! },
    { positionId: seats[1]!.positionId, candidateId: seats[3]!.incumbentEmployeeId! },
  ];
  const ids: number[] = [];
  for (const pair of pairs) {
    const created = await manager.request.post("/api/v1/nominations", { data: { ...pair, readiness: "3_plus_years" } });
    expect(created.status()).toBe(201);
    ids.push((await created.json()).id);
  }

  const hr = await signedIn(browser, "hr@baton.example");
  await hr.goto("/nominations");
  for (const id of ids) await hr.getByTestId(`nomination-${id}`).getByRole("checkbox").check();
  await hr.getByRole("button", { name: "Approve selected" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "Approved 2:" })).toBeVisible();
  for (const id of ids) await expect(hr.getByTestId(`nomination-${id}`)).toHaveCount(0);

  await hr.goto("/audit?entity=nomination");
  for (const id of ids) {
    await expect(hr.getByRole("row").filter({ hasText: `nomination ${id}` }).filter({ hasText: "Approved" })).toHaveCount(1);
  }
});
