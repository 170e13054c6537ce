import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE_URL } from "../playwright.config";
import { DEMO_PASSWORD, signIn } from "./helpers";

// HR's two admin pages (SPEC §3, §5 Import, §6): thresholds are saved and
// audited, a CSV goes through preview → apply, a bad file writes nothing, and
// nobody else reaches either page.

const HR = "hr@baton.example";
const MANAGER = "manager@baton.example";
const HEADER =
  "employee_id,name,email,title,org_unit_path,manager_employee_id,level,hire_date,role_start_date," +
  "planned_retirement_date,retirement_eligibility_date,birth_year,location,position_id,critical,impact_of_loss";
// Unique per run so the spec never depends on what an earlier run left behind.
const NEW_ID = `E9${String(Date.now()).slice(-6)}`;
const personRow = (level: string) => `${NEW_ID},Ida Import,ida.${NEW_ID}@baton.example,Analyst,Executive Office,E000001,${level},2024-01-15,2024-01-15,,,,New York,,,`;

async function upload(page: Page, name: string, rows: string[]) {
  await page.getByLabel("Kind of file").selectOption("people");
  await page.getByLabel(/CSV or Excel file/).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from([HEADER, ...rows].join("\n") + "\n") });
  await page.getByRole("button", { name: "Preview" }).click();
}

test("HR changes a threshold and sees it saved, with the age-rule warning on the way", async ({ page }) => {
  await signIn(page, HR, DEMO_PASSWORD);
  await page.goto("/settings");
  const field = page.getByLabel(/Ready score minimum/);
  const previous = await field.inputValue();
  const next = previous === "65" ? "66" : "65";
  await field.fill(next);
  await page.getByLabel("Estimate retirement from age (age rule)").check();
  await expect(page.getByTestId("age-rule-warning")).toContainText("age discrimination");
  await page.getByLabel("Estimate retirement from age (age rule)").uncheck();
  await expect(page.getByTestId("age-rule-warning")).toHaveCount(0);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Ready score minimum/)).toHaveValue(next);

  // A bad value is named next to its field, and nothing is saved.
  await page.getByLabel(/Retirement horizon/).fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Must be at least 1")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Retirement horizon/)).not.toHaveValue("0");

  await page.goto("/audit?entity=setting");
  await expect(page.getByRole("listitem").filter({ hasText: `Ready score minimum: ${previous} → ${next}` }).first()).toBeVisible();

  // Put the threshold back: later specs read flags computed with it.
  await page.goto("/settings");
  await page.getByLabel(/Ready score minimum/).fill(previous);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();

  // The log's filter names kinds in words, not as stored codes.
  await page.goto("/audit?entity=setting");
  const entity = page.getByLabel("Entity");
  await expect(entity.locator("option:checked")).toHaveText("Setting");
  await expect(entity.locator("option", { hasText: "Assessments (import file)" })).toHaveCount(1);
});

test("HR previews a people file, then applies it", async ({ page }) => {
  await signIn(page, HR, DEMO_PASSWORD);
  await page.goto("/import");
  await upload(page, "one-person.csv", [personRow("L1")]);
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("one-person.csv is valid (1 row)");
  await expect(page.getByTestId("import-summary").getByRole("row", { name: /People/ })).toContainText("1");
  // Previewing wrote nothing.
  expect((await page.request.get(`/api/v1/people/${NEW_ID}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText(/Imported one-person\.csv: 1 row applied/)).toBeVisible();
  await page.goto(`/people/${NEW_ID}`);
  await expect(page.getByRole("heading", { name: "Ida Import" })).toBeVisible();
});

test("a file with an unknown level shows the row and column at fault and applies nothing", async ({ page }) => {
  await signIn(page, HR, DEMO_PASSWORD);
  await page.goto("/import");
  const badId = `${NEW_ID}9`;
  await upload(page, "bad-level.csv", [personRow("L9").replaceAll(NEW_ID, badId)]);
  const errors = page.getByTestId("import-errors");
  await expect(errors).toBeVisible();
  const row = errors.getByRole("row").filter({ hasText: "level" });
  await expect(row.getByRole("cell").first()).toHaveText("2");
  await expect(row).toContainText("L9");
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/people/${badId}`)).status()).toBe(404);
});

// A file big enough that the upload page shows its progress: a separate tree
// of L1 people with no critical seats and no retirement dates.
function bulkPeople(count: number, prefix: string): Buffer {
  const id = (i: number) => `${prefix}${String(i).padStart(5, "0")}`;
  const rows = Array.from({ length: count }, (_, i) =>
    [id(i), `Bulk Person ${i}`, `${id(i).toLowerCase()}@bulk.baton.example`, "Analyst", `Bulk Import Test/Team ${i % 20}`, i === 0 ? "" : id(Math.floor((i - 1) / 10)), "L1", "2024-01-15", "2024-01-15", "", "", "", "Remote", "", "", "low"].join(","),
  );
  return Buffer.from([HEADER, ...rows].join("\n") + "\n");
}

// Later specs read the demo organization as seeded (its 400 people, page
// totals under 1,000, its divisions), and Baton never deletes through an
// import: take the bulk people out of the e2e database directly, then add an
// audit event so the server's snapshot cache (keyed by the newest audit id)
// reads the data again.
function removeBulkPeople(prefix: string) {
  const db = new Database(path.resolve(__dirname, "..", E2E_DATABASE_URL.slice("file:".length)));
  try {
    db.transaction(() => {
      const like = `${prefix}%`;
      db.prepare(`DELETE FROM "Position" WHERE "incumbentId" LIKE ?`).run(like);
      db.prepare(`DELETE FROM "Person" WHERE "employeeId" LIKE ?`).run(like);
      db.prepare(`DELETE FROM "OrgUnit" WHERE "id" LIKE 'Bulk Import Test/%'`).run();
      db.prepare(`DELETE FROM "OrgUnit" WHERE "id" = 'Bulk Import Test'`).run();
      // Their history too, so no past date or snapshot finds them.
      db.prepare(`DELETE FROM "PositionVersion" WHERE "incumbentId" LIKE ?`).run(like);
      db.prepare(`DELETE FROM "PersonVersion" WHERE "employeeId" LIKE ?`).run(like);
      // Written behind Baton's back: move the data version, with no change
      // logged, so the server recomputes (lib/server/state/data-version.ts).
      db.prepare(`UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`).run();
    })();
  } finally {
    db.close();
  }
}

test("HR previews and applies a 20,000-person file, watching its progress", async ({ page }) => {
  test.setTimeout(180_000);
  const prefix = `ZB${String(Date.now()).slice(-5)}`;
  test.info().attach("bulk prefix", { body: prefix }).catch(() => undefined);
  try {
    await importBulk(page, prefix);
  } finally {
    removeBulkPeople(prefix);
  }
  expect((await page.request.get(`/api/v1/people/${prefix}19999`)).status()).toBe(404);
});

async function importBulk(page: Page, prefix: string) {
  await signIn(page, HR, DEMO_PASSWORD);
  await page.goto("/import");
  await page.getByLabel("Kind of file").selectOption("people");
  await page.getByLabel(/CSV or Excel file/).setInputFiles({ name: "bulk.csv", mimeType: "text/csv", buffer: bulkPeople(20_000, prefix) });
  await page.getByRole("button", { name: "Preview" }).click();
  const progress = page.getByTestId("import-progress");
  await expect(progress.getByRole("progressbar", { name: "Checking the file" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Checking the file" })).toBeVisible();
  await expect(page.getByTestId("import-preview")).toContainText("bulk.csv is valid (20,000 rows)", { timeout: 60_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId("import-summary").getByRole("row", { name: /People/ })).toContainText("20,000");
  expect((await page.request.get(`/api/v1/people/${prefix}19999`)).status()).toBe(404);

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(progress.getByRole("progressbar", { name: "Applying the file" })).toBeVisible();
  await expect(page.getByTestId("import-applied")).toContainText(/Imported bulk\.csv: 20,000 rows applied, in effect from \d{1,2} \w+ \d{4}\./, { timeout: 120_000 });
  expect((await page.request.get(`/api/v1/people/${prefix}19999`)).status()).toBe(200);
}

test("the import route answers only HR on the app's own origin, and writes nothing for anyone else", async ({ page, playwright, baseURL }) => {
  const id = `${NEW_ID}7`;
  const form = { kind: "people", intent: "apply", file: { name: "sneaky.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, personRow("L1").replaceAll(NEW_ID, id)].join("\n")) } };
  const sameOrigin = { Origin: baseURL ?? "" };

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post("/import/run", { multipart: form, headers: sameOrigin })).status()).toBe(401);
  await anonymous.dispose();

  for (const email of [MANAGER, "exec@baton.example"]) {
    await signIn(page, email, DEMO_PASSWORD);
    expect((await page.request.post("/import/run", { multipart: form, headers: sameOrigin })).status()).toBe(404);
    await page.context().clearCookies();
  }

  // HR's own session, but the request comes from another site.
  await signIn(page, HR, DEMO_PASSWORD);
  const forged = await page.request.post("/import/run", { multipart: form, headers: { Origin: "https://evil.example" } });
  expect(forged.status()).toBe(403);
  expect((await page.request.post("/import/run", { multipart: form })).status()).toBe(403);
  expect((await page.request.get(`/api/v1/people/${id}`)).status()).toBe(404);
});

test("a manager gets 404 on both admin pages and sees no links to them", async ({ page }) => {
  await signIn(page, MANAGER, DEMO_PASSWORD);
  for (const path of ["/settings", "/import"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
});
