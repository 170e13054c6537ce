import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// Plan snapshots end to end (SPEC §8): HR freezes the plan, opens it, the
// plan moves on (a manager's proposal approved), and comparing the snapshot
// with now names the seat and the person who entered its slate. The roles'
// answers are in the authorization matrix; this is the journey.

const MANAGER_ID = "E000181";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { origin: test.info().project.use.baseURL! } });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

test("take a snapshot, open it, and compare it with now after a slate changed", async ({ browser }) => {
  const hr = await signedIn(browser, "hr@baton.example");
  const manager = await signedIn(browser, "manager@baton.example");
  const name = `Review close ${Date.now()}`;

  await hr.goto("/snapshots");
  await hr.getByLabel("Name").fill(name);
  await hr.getByRole("button", { name: "Take a snapshot of today’s plan" }).click();
  await expect(hr).toHaveURL(/\/snapshots\/\d+$/);
  const id = Number(new URL(hr.url()).pathname.split("/").pop());
  await expect(hr.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(hr.getByRole("heading", { name: "Slates" })).toBeVisible();
  await expect(hr.getByRole("table").first()).toBeVisible();

  // The plan moves on: the manager proposes someone of their line for one of
  // their seats, and HR approves it.
  const seats = (await (await manager.request.get("/api/v1/positions?pageSize=500&sort=positionId")).json()).rows as { positionId: string; incumbentEmployeeId: string | null }[];
  const people = [...new Set(seats.map((s) => s.incumbentEmployeeId).filter((p): p is string => p !== null && p !== MANAGER_ID))].sort();
  let proposal: { id: number; version: number; positionId: string; candidateName: string } | null = null;
  for (const seat of seats.filter((s) => s.incumbentEmployeeId && s.incumbentEmployeeId !== MANAGER_ID)) {
    const slate = (await (await manager.request.get(`/api/v1/nominations?positionId=${seat.positionId}`)).json()).rows as { candidateId: string }[];
    const candidate = people.find((p) => p !== seat.incumbentEmployeeId && !slate.some((n) => n.candidateId === p));
    if (!candidate) continue;
    const response = await manager.request.post("/api/v1/nominations", { data: { positionId: seat.positionId, candidateId: candidate, readiness: "3_plus_years" } });
    if (response.status() === 201) {
      proposal = await response.json();
      break;
    }
  }
  expect(proposal, "a proposal in the manager's line").not.toBeNull();
  const approved = await hr.request.patch(`/api/v1/nominations/${proposal!.id}`, { data: { action: "approve", version: proposal!.version } });
  expect(approved.status()).toBe(200);

  try {
    await hr.getByRole("link", { name: "Compare with now" }).click();
    await expect(hr).toHaveURL(new RegExp(`/snapshots/compare\\?from=${id}&to=now`));
    const changed = hr.getByTestId("changed-seats");
    const row = changed.getByRole("row").filter({ hasText: proposal!.positionId });
    await expect(row).toContainText(`Entered: ${proposal!.candidateName}`);
  } finally {
    // Leave the slates as seeded for the specs that follow.
    const withdrawn = await manager.request.patch(`/api/v1/nominations/${proposal!.id}`, { data: { action: "withdraw", version: proposal!.version + 1 } });
    expect(withdrawn.status()).toBe(200);
  }
  await hr.screenshot({ path: test.info().outputPath("compare.png"), fullPage: true });
  await Promise.all([hr.context().close(), manager.context().close()]);
});
