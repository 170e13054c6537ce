import type { AppUser } from "@/lib/server/auth/users";
import type { Db } from "@/lib/server/infra/db";

// The small organization the data-layer tests share: a CEO over two
// directors, each with a division ("Co/Build", "Co/Sell"), a manager and an
// individual contributor under D1, one under D2, a seat for everyone and a
// vacancy in each division. Tests add the cycles, assessments and
// nominations their rules need.
//
//   CEO (L5, Co) ── D1 (L4, Co/Build) ── M1 (L2) ── I1 (L1)   + V-BUILD (L2, vacant)
//                └─ D2 (L4, Co/Sell)  ── I2 (L1)              + V-SELL  (L2, vacant)
// Who reads the small organization in tests: HR, an admin, an executive
// with no seat of their own, and D1's manager (their line: D1 and below).
export const SMALL_ORG_USERS: Record<"hr" | "admin" | "executive" | "manager", AppUser> = {
  hr: { id: 1, email: "hr@co.example", name: null, role: "hr", personId: null },
  admin: { id: 4, email: "admin@co.example", name: null, role: "admin", personId: null },
  executive: { id: 2, email: "exec@co.example", name: null, role: "executive", personId: null },
  manager: { id: 3, email: "d1@co.example", name: null, role: "manager", personId: "D1" },
};

export interface SmallOrgOptions {
  // Extra fields per employee id, e.g. { CEO: { plannedRetirementDate: "2027-06-30" } }.
  people?: Record<string, Record<string, unknown>>;
  birthYear?: number;
  isCritical?: (levelCode: string) => boolean;
}

export const SMALL_ORG_SEATS = [
  ["P-CEO", "Co", "L5", "CEO"], ["P-D1", "Co/Build", "L4", "D1"], ["P-D2", "Co/Sell", "L4", "D2"],
  ["P-M1", "Co/Build", "L2", "M1"], ["P-I1", "Co/Build", "L1", "I1"], ["P-I2", "Co/Sell", "L1", "I2"],
  ["V-BUILD", "Co/Build", "L2", null], ["V-SELL", "Co/Sell", "L2", null],
] as const;

// Four management items at 5 and four leadership items at 2: management
// score 100, leadership score 25 — a textbook "stuck" profile for an L4.
export const MANAGER_NOT_LEADER_ITEMS = {
  mgmtPlanning: 5, mgmtOrganizing: 5, mgmtControlling: 5, mgmtProblemSolving: 5,
  leadDirection: 2, leadAlignment: 2, leadInspiration: 2, leadChange: 2,
};

export async function seedSmallOrganization(db: Db, options: SmallOrgOptions = {}): Promise<void> {
  await db.orgUnit.createMany({
    data: [
      { id: "Co", name: "Co", parentId: null, depth: 0 },
      { id: "Co/Build", name: "Build", parentId: "Co", depth: 1 },
      { id: "Co/Sell", name: "Sell", parentId: "Co", depth: 1 },
    ],
  });
  const people: [string, string, string, string | null][] = [
    ["CEO", "Co", "L5", null], ["D1", "Co/Build", "L4", "CEO"], ["D2", "Co/Sell", "L4", "CEO"],
    ["M1", "Co/Build", "L2", "D1"], ["I1", "Co/Build", "L1", "M1"], ["I2", "Co/Sell", "L1", "D2"],
  ];
  // One at a time, managers first: each row's manager must already exist.
  for (const [employeeId, orgUnitId, levelCode, managerId] of people) {
    await db.person.create({
      data: {
        employeeId, name: `Name ${employeeId}`, email: `${employeeId.toLowerCase()}@co.example`, title: `Title ${employeeId}`,
        orgUnitId, levelCode, managerId, roleStartDate: "2020-01-01", birthYear: options.birthYear ?? 1970,
        ...options.people?.[employeeId],
      },
    });
  }
  const isCritical = options.isCritical ?? ((level: string) => level === "L5");
  for (const [positionId, orgUnitId, levelCode, incumbentId] of SMALL_ORG_SEATS) {
    await db.position.create({ data: { positionId, title: `Seat ${positionId}`, orgUnitId, levelCode, incumbentId, critical: isCritical(levelCode) } });
  }
}
