import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The data version is only correct if every transaction that writes the
// engine's inputs bumps it (lib/server/state/data-version.ts). The bump lives
// in recordAudit and the import, so a writer that forgets it has also
// forgotten its audit event; this test makes both impossible to merge.

const ROOT = path.resolve(__dirname, "../../..");
// Transactions that write nothing the engine reads, with the reason.
const NOT_ENGINE_WRITES: Record<string, string> = {
  "lib/server/auth/users.ts": "user accounts",
  "lib/server/auth/api-tokens.ts": "API tokens",
};
// Seeds the tests' own databases before anything is cached.
const TEST_FIXTURES = new Set(["lib/testing/small-org.ts", "lib/testing/test-history.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const ENGINE_WRITE = /\b(tx|db)\.(person|position|nomination|assessment|cycle|setting|level|orgUnit)\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(/;
const BUMPS = /\b(recordAudit|bumpDataVersion)\(/;

describe("write paths", () => {
  const files = ["app", "lib", "scripts"].flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));

  it("finds the writers it checks", () => {
    expect(files.filter(({ text }) => text.includes("$transaction(")).length).toBeGreaterThanOrEqual(8);
  });

  it("bump the data version in every transaction and every file that writes the engine's inputs", () => {
    const offenders = files
      .filter(({ text }) => (text.includes("$transaction(") || ENGINE_WRITE.test(text)) && !BUMPS.test(text))
      .filter(({ file }) => !(file in NOT_ENGINE_WRITES) && !TEST_FIXTURES.has(file))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it("keep the exceptions away from the engine's tables", () => {
    for (const file of Object.keys(NOT_ENGINE_WRITES)) {
      expect(ENGINE_WRITE.test(readFileSync(path.join(ROOT, file), "utf8")), file).toBe(false);
    }
  });
});
