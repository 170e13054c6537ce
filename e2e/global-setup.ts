import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

// A fresh demo organization for every run: the specs read real seeded data.
export default function globalSetup() {
  const root = path.resolve(__dirname, "..");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path.join(root, `data/e2e.db${suffix}`), { force: true });
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--people", "400"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
  });
}
