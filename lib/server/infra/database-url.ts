import path from "node:path";

// One environment variable picks the database: `file:` means the embedded
// SQLite file, `postgres://` or `postgresql://` means a PostgreSQL server.
export const DEFAULT_DATABASE_URL = "file:./data/baton.db";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filename: string }
  | { provider: "postgresql"; url: string };

export function parseDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    if (file === "") throw new Error("DATABASE_URL `file:` needs a path, e.g. file:./data/baton.db");
    // Relative paths are relative to the directory Baton runs from (the project root).
    return { provider: "sqlite", url, filename: file === ":memory:" ? file : path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  throw new Error(`DATABASE_URL must start with file: or postgres:// (got "${url.split(":")[0]}:…")`);
}

// Read here rather than through env.ts: the CLI and the migration runner
// need the database without the web server's variables.
export function databaseTarget(): DatabaseTarget {
  return parseDatabaseUrl(process.env.DATABASE_URL);
}
