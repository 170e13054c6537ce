import "server-only";
import type { Db, Tx } from "@/lib/server/infra/db";

// The version of the engine's inputs, and the log of what each version
// changed (prisma/schema.prisma: DataVersion, DataChange; docs/scaling.md).
//
// Every writing transaction calls bumpDataVersion, through recordAudit or the
// import: the audit log already has to be written by every change, so the
// bump cannot be forgotten without forgetting the audit event too (a test
// checks that every transaction in the code does one or the other).
//
// The bump is an upsert of one row. On PostgreSQL it holds that row's lock
// until the transaction ends, so versions are taken in commit order: a reader
// that sees version n sees every change numbered n or lower, and none can
// commit later with a smaller number. On SQLite the write lock serialises the
// same way.

export interface DataChange {
  version: number;
  // "nomination" | "assessment" | anything else: see lib/server/state/changes.ts.
  entity: string;
  entityId: string;
}

// Versions older than this are pruned; an instance further behind than that
// recomputes from scratch.
export const CHANGE_LOG_KEPT = 10_000;

type Row = Record<string, unknown>;

export async function bumpDataVersion(tx: Tx, change: { entity: string; entityId: string | number }): Promise<number> {
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `INSERT INTO "DataVersion" ("id", "version") VALUES (1, 1)
     ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1
     RETURNING "version"`,
  );
  const version = Number(rows[0]?.version);
  await tx.dataChange.create({ data: { version, entity: change.entity, entityId: String(change.entityId) } });
  if (version % 1_000 === 0) await tx.dataChange.deleteMany({ where: { version: { lte: version - CHANGE_LOG_KEPT } } });
  return version;
}

// The committed version: read before the data it stamps, so the data read
// after it is at least that new.
export async function readDataVersion(db: Db | Tx): Promise<number> {
  const rows = await db.$queryRawUnsafe<Row[]>(`SELECT "version" FROM "DataVersion" WHERE "id" = 1`);
  return rows[0] ? Number(rows[0].version) : 0;
}

// The changes after `since` up to and including `upTo`, oldest first, or null
// when the log cannot account for every version in between (pruned): the
// caller then recomputes everything.
export async function readDataChanges(db: Db, since: number, upTo: number): Promise<DataChange[] | null> {
  if (upTo <= since) return [];
  const rows = await db.dataChange.findMany({
    where: { version: { gt: since, lte: upTo } },
    orderBy: { version: "asc" },
    select: { version: true, entity: true, entityId: true },
  });
  return rows.length === upTo - since ? rows : null;
}
