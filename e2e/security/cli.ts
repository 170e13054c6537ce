import { execFileSync } from "node:child_process";
import path from "node:path";
import { E2E_DATABASE_URL } from "../../playwright.config";

// The admin's command line against the e2e database, as an operator runs it.
export function baton(...args: string[]): string {
  return execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/baton.ts", ...args], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
