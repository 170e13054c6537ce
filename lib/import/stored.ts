import "server-only";
import type { Tx } from "@/lib/server/db";

// What Baton already holds, read with one query per table: imports compare
// every row against it, so that unchanged rows are never written.

export interface StoredSeat {
  positionId: string;
  title: string;
  orgUnitId: string;
  levelCode: string;
  incumbentId: string | null;
  critical: boolean;
  criticalReason: string | null;
  impactOfLoss: string;
}

export interface StoredPerson {
  employeeId: string;
  name: string;
  email: string;
  title: string;
  orgUnitId: string;
  managerId: string | null;
  levelCode: string;
  hireDate: string | null;
  roleStartDate: string | null;
  plannedRetirementDate: string | null;
  retirementEligibilityDate: string | null;
  birthYear: number | null;
  location: string | null;
  active: boolean;
}

export async function loadSeats(tx: Tx): Promise<Map<string, StoredSeat>> {
  const rows = await tx.position.findMany({
    select: {
      positionId: true,
      title: true,
      orgUnitId: true,
      levelCode: true,
      incumbentId: true,
      critical: true,
      criticalReason: true,
      impactOfLoss: true,
    },
  });
  return new Map(rows.map((row) => [row.positionId, row]));
}

export async function loadPeople(tx: Tx): Promise<Map<string, StoredPerson>> {
  const rows = await tx.person.findMany({
    select: {
      employeeId: true,
      name: true,
      email: true,
      title: true,
      orgUnitId: true,
      managerId: true,
      levelCode: true,
      hireDate: true,
      roleStartDate: true,
      plannedRetirementDate: true,
      retirementEligibilityDate: true,
      birthYear: true,
      location: true,
      active: true,
    },
  });
  return new Map(rows.map((row) => [row.employeeId, row]));
}

export async function loadPersonIds(tx: Tx): Promise<Set<string>> {
  const rows = await tx.person.findMany({ select: { employeeId: true } });
  return new Set(rows.map((row) => row.employeeId));
}

export async function loadOrgUnitIds(tx: Tx): Promise<Set<string>> {
  const rows = await tx.orgUnit.findMany({ select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

// The ladder is configurable (SPEC §2), so level codes are checked against
// the Level table, never a constant. Codes match case-insensitively.
export interface Ladder {
  resolve(code: string): string | null;
  // "unknown level "L9" (known: L1, L2, L3, L4, L5)"
  unknown(code: string): string;
}

export async function loadLadder(tx: Tx): Promise<Ladder> {
  const levels = await tx.level.findMany({ select: { code: true }, orderBy: { rank: "asc" } });
  const byLowerCase = new Map(levels.map((level) => [level.code.toLowerCase(), level.code]));
  const known = levels.map((level) => level.code).join(", ");
  return {
    resolve: (code) => byLowerCase.get(code.toLowerCase()) ?? null,
    unknown: (code) => `unknown level "${code}" (known: ${known || "none; set up the ladder in Settings first"})`,
  };
}
