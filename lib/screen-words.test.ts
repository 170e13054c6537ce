import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Words meant for the team (section numbers of the product specification)
// must never reach a screen. Comments may cite them; rendered code may not.
const ROOT = path.resolve(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes(".test."))
    .map((e) => path.join(e.parentPath, e.name));
}

// Block comments, JSX comments and line comments (not "//" inside a URL).
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("screens", () => {
  it("show no internal references to the specification", () => {
    const offenders = [...sources("app"), ...sources("components")].filter((file) => /SPEC\s*§/.test(withoutComments(readFileSync(file, "utf8"))));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
