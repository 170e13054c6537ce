import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Every address the app serves, read from the file system the way Next's
// App Router reads it, so that a new page or route handler cannot ship
// without a row in the authorization matrix.

const APP_DIR = path.resolve(__dirname, "../../app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
// next-auth's own endpoints: sign-in plumbing, not Baton's data.
const EXCLUDED = new Set(["/api/auth/[...nextauth]"]);

export interface DiscoveredRoute {
  kind: "page" | "handler";
  path: string; // "/people/[employeeId]", route groups removed
  method: string;
  file: string; // relative to the repository
}

function urlPath(dir: string): string {
  const segments = path
    .relative(APP_DIR, dir)
    .split(path.sep)
    .filter((s) => s !== "" && !(s.startsWith("(") && s.endsWith(")")));
  return `/${segments.join("/")}`;
}

// `export async function GET`, `export const POST = …` and
// `export const { GET, POST } = handlers`.
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\s*[=:]/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}\s*=/g)) {
    for (const name of m[1]!.split(",")) found.add(name.split(":").pop()!.trim());
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1]!.split(",")) found.add(name.split(/\s+as\s+/).pop()!.trim());
  }
  return METHODS.filter((method) => found.has(method));
}

export function discoverRoutes(dir = APP_DIR): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Private folders (_x) are not routes.
      if (!entry.name.startsWith("_")) routes.push(...discoverRoutes(full));
      continue;
    }
    const at = urlPath(dir);
    if (EXCLUDED.has(at)) continue;
    const file = path.relative(path.resolve(APP_DIR, ".."), full);
    if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) routes.push({ kind: "page", path: at, method: "GET", file });
    if (/^route\.(ts|js)$/.test(entry.name)) {
      const methods = exportedMethods(readFileSync(full, "utf8"));
      if (methods.length === 0) throw new Error(`${file} exports no HTTP method the matrix knows`);
      for (const method of methods) routes.push({ kind: "handler", path: at, method, file });
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

export const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
