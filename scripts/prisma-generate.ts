// Writes the PostgreSQL copy of the Prisma schema and generates both clients.
// The Prisma CLI wants to download a native schema engine even for `generate`;
// this network cannot reach it, and generate works with a stand-in engine that
// refuses every call (an engine that "succeeds" would make migrate silently
// do nothing, so it must exit 1).
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const sqliteSchema = path.join(root, "prisma/schema.prisma");
const postgresSchema = path.join(root, "prisma/postgresql/schema.prisma");

export function postgresSchemaFrom(sqliteSource: string): string {
  const header =
    "// GENERATED from prisma/schema.prisma by `npm run db:generate`: edit that file, not this one.\n";
  return (
    header +
    sqliteSource
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace('output   = "../lib/generated/sqlite"', 'output   = "../../lib/generated/postgresql"')
  );
}

function main() {
  const source = readFileSync(sqliteSchema, "utf8");
  mkdirSync(path.dirname(postgresSchema), { recursive: true });
  writeFileSync(postgresSchema, postgresSchemaFrom(source));

  const stubDir = path.join(root, "node_modules/.cache/baton");
  const stub = path.join(stubDir, "schema-engine-refuses");
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'schema engine not available offline' >&2\nexit 1\n");
  chmodSync(stub, 0o755);

  const prismaBin = path.join(root, "node_modules/.bin/prisma");
  for (const schema of [sqliteSchema, postgresSchema]) {
    execFileSync(prismaBin, ["generate", "--schema", schema], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: stub,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
  }
}

if (require.main === module) main();
