import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Tx } from "@/lib/server/infra/db";

// Writes the versions that history is made of (docs/history.md). Each write
// path calls recordVersions in its own transaction, after changing the live
// rows: the open version of every key is closed on `validFrom`, and the row
// as it now stands is copied in, valid from that day. Copying inside the
// database keeps this one statement per table whatever an import's size.

export type TrackedEntity = "person" | "position" | "assessment" | "nomination";

interface Tracked {
  table: string;
  versions: string;
  key: string; // in the live table
  versionKey: string; // the same value in the versions table
  columns: readonly string[];
}

export const TRACKED: Record<TrackedEntity, Tracked> = {
  person: {
    table: "Person",
    versions: "PersonVersion",
    key: "employeeId",
    versionKey: "employeeId",
    columns: [
      "name", "email", "title", "orgUnitId", "managerId", "levelCode", "hireDate", "roleStartDate", "plannedRetirementDate",
      "retirementEligibilityDate", "birthYear", "location", "active",
    ],
  },
  position: {
    table: "Position",
    versions: "PositionVersion",
    key: "positionId",
    versionKey: "positionId",
    columns: ["title", "orgUnitId", "levelCode", "incumbentId", "critical", "criticalReason", "impactOfLoss"],
  },
  assessment: {
    table: "Assessment",
    versions: "AssessmentVersion",
    key: "id",
    versionKey: "assessmentId",
    columns: [
      "personId", "cycleId", "status", "performance", "potential", "calibratedPerformance", "calibratedPotential", "mgmtPlanning",
      "mgmtOrganizing", "mgmtControlling", "mgmtProblemSolving", "leadDirection", "leadAlignment", "leadInspiration", "leadChange",
      "leadershipTimePct", "flightRisk", "assessorId",
    ],
  },
  nomination: {
    table: "Nomination",
    versions: "NominationVersion",
    key: "id",
    versionKey: "nominationId",
    columns: ["positionId", "candidateId", "nominatedById", "readiness", "emergency", "status"],
  },
};

// Well under SQLite's 32,766 bound parameters.
const KEYS_PER_STATEMENT = 5_000;
const id = (name: string) => Prisma.raw(`"${name}"`);

export async function recordVersions(
  tx: Tx,
  options: { entity: TrackedEntity; keys: Iterable<string | number>; validFrom: IsoDate },
): Promise<void> {
  const spec = TRACKED[options.entity];
  const keys = [...new Set(options.keys)];
  const { validFrom } = options;
  const columns = Prisma.raw(spec.columns.map((c) => `"${c}"`).join(", "));
  for (let start = 0; start < keys.length; start += KEYS_PER_STATEMENT) {
    const list = Prisma.join(keys.slice(start, start + KEYS_PER_STATEMENT));
    await tx.$executeRaw`UPDATE ${id(spec.versions)} SET "validTo" = ${validFrom} WHERE ${id(spec.versionKey)} IN (${list}) AND "validTo" IS NULL`;
    // A version replaced on the day it took effect was never the state at
    // the end of any day; the audit log keeps what it was.
    await tx.$executeRaw`DELETE FROM ${id(spec.versions)} WHERE ${id(spec.versionKey)} IN (${list}) AND "validTo" = "validFrom"`;
    await tx.$executeRaw`INSERT INTO ${id(spec.versions)} (${id(spec.versionKey)}, "validFrom", ${columns})
      SELECT ${id(spec.key)}, ${validFrom}, ${columns} FROM ${id(spec.table)} WHERE ${id(spec.key)} IN (${list})`;
  }
}

// The newest day any recorded change took effect: a back-filled import
// must not be dated before it (SPEC §8), since it is checked and written
// against the data as it stands now.
export async function latestRecordedChange(db: Tx): Promise<IsoDate | null> {
  const rows = await db.$queryRawUnsafe<{ latest: string | null }[]>(
    `SELECT MAX("validFrom") AS "latest" FROM (` +
      Object.values(TRACKED)
        .map((spec) => `SELECT MAX("validFrom") AS "validFrom" FROM "${spec.versions}"`)
        .join(" UNION ALL ") +
      `) AS "changes"`,
  );
  return rows[0]?.latest ?? null;
}
