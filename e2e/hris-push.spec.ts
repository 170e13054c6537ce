import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "../playwright.config";

// The cron job of docs/import.md, run for real: curl, an HR token, a file on
// disk. It renames one seat and puts the name back, so the demo data is as
// seeded for the specs that follow.
function createToken(email: string): string {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/baton.ts", "token", "create", email, "--name", "hris"], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  return out.trim().split("\n").pop()!;
}

interface Pushed {
  status: number;
  body: { applied?: boolean; hasChanges?: boolean; summary?: Record<string, Record<string, number>>; error?: { code: string }; lines?: string[] };
}

test("a cron-style curl with an HR token imports a file, and the same file again changes nothing", async ({ baseURL, request }) => {
  const token = createToken("hr@baton.example");
  const folder = mkdtempSync(path.join(tmpdir(), "baton-push-"));
  const curl = (file: string, query = ""): Pushed => {
    // As in the docs: --fail-with-body would exit 22 on a 422; -w prints the status last.
    const out = execFileSync("curl", ["-sS", "-X", "POST", "-H", `Authorization: Bearer ${token}`, "-H", "Content-Type: text/csv",
      "--data-binary", `@${file}`, "-w", "\n%{http_code}", `${baseURL}/api/v1/imports/positions${query}`], { encoding: "utf8" });
    const cut = out.lastIndexOf("\n");
    return { status: Number(out.slice(cut + 1)), body: JSON.parse(out.slice(0, cut)) as Pushed["body"] };
  };
  const write = (name: string, text: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  const page = (await (await request.get("/api/v1/positions?pageSize=1", { headers: { authorization: `Bearer ${token}` } })).json()) as {
    rows: { positionId: string; title: string; orgUnitPath: string; level: string }[];
  };
  const seat = page.rows[0]!;
  const file = (title: string) => `position_id,title,org_unit_path,level\n${seat.positionId},"${title}",${seat.orgUnitPath},${seat.level}\n`;
  const renamed = write("renamed.csv", file(`${seat.title} (HRIS)`));

  const dry = curl(renamed, "?dryRun=true");
  expect(dry.status).toBe(200);
  expect(dry.body).toMatchObject({ applied: false, hasChanges: true, summary: { positions: { created: 0, updated: 1, unchanged: 0 } } });

  const first = curl(renamed, "?fileName=hris-positions.csv");
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ applied: true, summary: { positions: { updated: 1 } } });
  const again = curl(renamed);
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({ applied: false, hasChanges: false, summary: { positions: { created: 0, updated: 0, unchanged: 1 } } });

  const refused = curl(write("bad.csv", `position_id,title,org_unit_path,level\n${seat.positionId},,${seat.orgUnitPath},L99\n`));
  expect(refused.status).toBe(422);
  expect(refused.body.error?.code).toBe("unprocessable");
  expect(refused.body.lines?.[0]).toMatch(/^row 2, column /);

  expect(curl(write("original.csv", file(seat.title))).body).toMatchObject({ applied: true, summary: { positions: { updated: 1 } } });
});
