import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { E2E_DATABASE_URL } from "../playwright.config";

// A fresh demo organization for every run: the specs read real seeded data.
export default function globalSetup() {
  const root = path.resolve(__dirname, "..");
  const file = E2E_DATABASE_URL.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path.join(root, `${file}${suffix}`), { force: true });
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--people", "400"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
  });
}
