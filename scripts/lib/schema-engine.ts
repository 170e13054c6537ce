// Prisma's schema engine, run as WebAssembly through a driver adapter.
// The Prisma CLI downloads a native engine that this network cannot reach;
// the wasm build on npm writes byte-identical migration SQL. It leans on
// package internals, so the versions in package.json are pinned exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";

type DiffTarget =
  | { tag: "empty" }
  // The database the adapter is connected to (the engine ignores the files' url).
  | { tag: "schemaDatasource"; files: { path: string; content: string }[]; configDir: string }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] }
  | {
      tag: "migrations";
      baseDir: string;
      lockfile: { path: string; content: string | null };
      shadowDbInitScript: string;
      migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
    };

interface SchemaEngineInstance {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

interface SchemaEngineModule {
  SchemaEngine: {
    new: (options: { datamodels: undefined }, log: (message: string) => void, adapter: unknown) => Promise<SchemaEngineInstance>;
  };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}

let enginePromise: Promise<SchemaEngineModule> | undefined;

async function loadEngineModule(): Promise<SchemaEngineModule> {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  // The wasm reports panics through this global; without it they are unreadable.
  let panicMessage = "";
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    get: () => panicMessage,
    set_message: (message: string) => {
      panicMessage = message;
    },
  };
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(path.join(packageDir, "schema_engine_bg.js"))) as SchemaEngineModule & Record<string, unknown>;
  const bytes = readFileSync(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// better-sqlite3 refuses multi-statement strings in executeRaw, and the engine
// sends whole migration files that way when it replays them on a shadow db.
function scriptAwareSqlite(factory: PrismaBetterSqlite3): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, prop, receiver) {
        if (prop === "executeRaw") {
          return (query: { sql: string; args: unknown[] }) =>
            query.args.length === 0 ? target.executeScript(query.sql).then(() => 0) : target.executeRaw(query as never);
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}

export interface EngineTarget {
  provider: Provider;
  // SQLite: a file path or ":memory:". PostgreSQL: a connection string.
  url: string;
}

// The engine's catalog queries select PostgreSQL's internal "char" type
// (oid 18), which adapter-pg refuses to map; it is one byte of text, so the
// connection reports it as text (oid 25).
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function charAsText(res: pg.QueryResult | undefined): void {
  for (const field of res?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
}

class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    // pg.Pool calls back; the adapter's transactions await a promise.
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: Error | null, res?: pg.QueryResult) => void;
      args[args.length - 1] = (error: Error | null, res?: pg.QueryResult) => {
        charAsText(res);
        callback(error, res);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        charAsText(res);
        return res;
      }) as never;
    }
    return result as never;
  }
}

export async function withSchemaEngine<T>(target: EngineTarget, work: (engine: SchemaEngineInstance) => Promise<T>): Promise<T> {
  enginePromise ??= loadEngineModule();
  const mod = await enginePromise;
  let pool: pg.Pool | undefined;
  let factory: SqlMigrationAwareDriverAdapterFactory;
  if (target.provider === "sqlite") {
    factory = scriptAwareSqlite(new PrismaBetterSqlite3({ url: target.url }));
  } else {
    pool = new pg.Pool({ connectionString: target.url, Client: CharAsTextClient });
    factory = new PrismaPg(pool);
  }
  const engine = await mod.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool?.end();
  }
}

export const noFilters = { externalTables: [] as string[], externalEnums: [] as string[] };

export function schemaTarget(schemaPath: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] };
}
