import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import type { Tx } from "@/lib/server/infra/db";
import { latestRecordedChange, recordVersions, TRACKED, type TrackedEntity } from "@/lib/server/state/history-record";
import { today } from "@/lib/server/infra/today";
import type { ImportAudit } from "./audit-changes";
import { quote, withKeyTable } from "./sql";

// An import's place in history (SPEC §8, docs/history.md): its records take
// effect on the day of the import, or on the back-filled date given.

const TRACKED_ENTITIES: readonly TrackedEntity[] = ["person", "position", "assessment", "nomination"];

// Every record the import created or updated gets a version from `validFrom`.
export async function recordImportVersions(tx: Tx, audit: ImportAudit, validFrom: IsoDate): Promise<void> {
  const keys = new Map<TrackedEntity, (string | number)[]>(TRACKED_ENTITIES.map((entity) => [entity, []]));
  for (const created of audit.created) {
    const list = keys.get(created.entity as TrackedEntity);
    // One at a time: spreading 100,000 keys into push() overflows the stack.
    if (list) for (const key of created.keys) list.push(key);
  }
  for (const updated of audit.updated) {
    const list = keys.get(updated.entity as TrackedEntity);
    // Assessments and nominations are keyed by their integer id.
    list?.push(updated.entity === "person" || updated.entity === "position" ? updated.entityId : Number(updated.entityId));
  }
  for (const [entity, list] of keys) {
    if (list.length === 0) continue;
    const staged = await recordVersionsByKeyTable(tx, entity, list, validFrom);
    if (staged === null) await recordVersions(tx, { entity, keys: list, validFrom });
  }
}

// recordVersions' three statements, each joined once on a staging table of
// the keys rather than sent a list of them 5,000 at a time.
function recordVersionsByKeyTable(tx: Tx, entity: TrackedEntity, list: (string | number)[], validFrom: IsoDate) {
  const spec = TRACKED[entity];
  const versionKey = quote(spec.versionKey);
  const columns = spec.columns.map(quote).join(", ");
  const type = entity === "person" || entity === "position" ? "text" : "int";
  return withKeyTable(tx, list, type, async ({ table, param, run }) => {
    const keyed = `${versionKey} IN (SELECT "key" FROM ${table})`;
    await run(`UPDATE ${quote(spec.versions)} SET "validTo" = ${param(1, "text")} WHERE ${keyed} AND "validTo" IS NULL`, [validFrom]);
    // A version replaced on the day it took effect was never the state at
    // the end of any day (as in recordVersions).
    await run(`DELETE FROM ${quote(spec.versions)} WHERE ${keyed} AND "validTo" = "validFrom"`, []);
    await run(
      `INSERT INTO ${quote(spec.versions)} (${versionKey}, "validFrom", ${columns}) ` +
        `SELECT ${quote(spec.key)}, ${param(1, "text")}, ${columns} FROM ${quote(spec.table)} WHERE ${quote(spec.key)} IN (SELECT "key" FROM ${table})`,
      [validFrom],
    );
    return true;
  });
}

// Why a back-filled date cannot be used, or null when it can. Files are
// checked and written against the data as it stands now, which is the data
// as of the effective date only when nothing was recorded after that date.
export async function effectiveDateProblem(db: Tx, effectiveDate: IsoDate): Promise<string | null> {
  const now = today();
  if (effectiveDate > now) return `the effective date ${effectiveDate} is in the future (today is ${now}); history records what has happened`;
  const latest = await latestRecordedChange(db);
  if (latest !== null && effectiveDate < latest) {
    return `the effective date ${effectiveDate} is older than changes already recorded (the latest took effect on ${latest}); back-fill files oldest first`;
  }
  return null;
}
