import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "../playwright.config";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The HTTP contract of /api/v1 (SPEC §7) against the real server: who gets
// what, and the error shape for everyone else.
function createToken(email: string): string {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/baton.ts", "token", "create", email, "--name", "e2e"], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  return out.trim().split("\n").pop()!;
}

const AS_OF = "2026-12-01";

test.describe("read API", () => {
  let hrToken: string;
  let execToken: string;
  let managerToken: string;

  test.beforeAll(() => {
    hrToken = createToken("hr@baton.example");
    execToken = createToken("exec@baton.example");
    managerToken = createToken("manager@baton.example");
  });

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  test("refuses requests without credentials or with a bad token", async ({ request }) => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer baton_not-a-real-token" }, { authorization: "Basic abc" }];
    for (const headers of attempts) {
      const response = await request.get("/api/v1/positions", { headers });
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  });

  test("gives HR every position with the full row of the contract", async ({ request }) => {
    const response = await request.get(`/api/v1/positions?asOf=${AS_OF}&pageSize=500&sort=positionId`, { headers: auth(hrToken) });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.asOf).toBe(AS_OF);
    expect(body.total).toBeGreaterThanOrEqual(400);
    expect(Object.keys(body.rows[0])).toEqual([
      "positionId", "title", "orgUnitPath", "level", "critical", "impactOfLoss", "incumbentEmployeeId",
      "retirementDate", "retirementSource", "vacancyRisk", "successors", "benchStrength", "flags", "risk",
    ]);
  });

  test("gives an executive fewer fields and a manager only their subtree", async ({ request }) => {
    const hr = await (await request.get(`/api/v1/positions?asOf=${AS_OF}`, { headers: auth(hrToken) })).json();
    const exec = await (await request.get(`/api/v1/positions?asOf=${AS_OF}`, { headers: auth(execToken) })).json();
    expect(exec.total).toBe(hr.total);
    expect(exec.rows[0]).not.toHaveProperty("retirementDate");
    const manager = await (await request.get(`/api/v1/positions?asOf=${AS_OF}&pageSize=500`, { headers: auth(managerToken) })).json();
    expect(manager.total).toBeGreaterThan(0);
    expect(manager.total).toBeLessThan(hr.total);
    expect(manager.rows.every((r: { orgUnitPath: string }) => r.orgUnitPath.startsWith("Sales") || r.orgUnitPath.startsWith("Executive"))).toBe(true);
  });

  test("answers 404 for a person outside a manager's scope and 400 for bad input", async ({ request }) => {
    expect((await request.get("/api/v1/people/E000001", { headers: auth(hrToken) })).status()).toBe(200);
    const outside = await request.get("/api/v1/people/E000004", { headers: auth(managerToken) });
    expect(outside.status()).toBe(404);
    expect((await outside.json()).error.code).toBe("not_found");
    const bad = await request.get("/api/v1/positions?asOf=2026-02-30", { headers: auth(hrToken) });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain("asOf");
    expect((await request.get("/api/v1/positions?flag=bogus", { headers: auth(hrToken) })).status()).toBe(400);
  });

  test("serves heatmap and pipeline reports with their as-of date", async ({ request }) => {
    for (const report of ["heatmap", "pipeline"]) {
      const body = await (await request.get(`/api/v1/${report}?asOf=${AS_OF}`, { headers: auth(execToken) })).json();
      expect(body.asOf).toBe(AS_OF);
      expect(body.rows.length).toBeGreaterThan(0);
    }
  });

  test("accepts the session cookie as well as a token", async ({ page }) => {
    await signIn(page, "hr@baton.example", DEMO_PASSWORD);
    const response = await page.request.get(`/api/v1/positions?asOf=${AS_OF}&pageSize=1`);
    expect(response.status()).toBe(200);
    expect((await response.json()).rows).toHaveLength(1);
  });

  test("publishes an OpenAPI document generated from the schemas", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/positions");
  });
});
