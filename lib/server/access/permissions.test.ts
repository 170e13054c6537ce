import { describe, expect, it } from "vitest";
import type { GapRow } from "@/lib/domain";
import type { Role } from "@/lib/schemas/auth";
import {
  canAdminister,
  canManageUsers,
  canBrowsePeople,
  canDeleteSnapshots,
  canNominate,
  canOpenTeam,
  canReadSnapshots,
  canTakeSnapshots,
  canPlayScenarios,
  canSaveScenarios,
  countsPerson,
  hiddenSelf,
  isInUnitSubtree,
  isUnlinkedManager,
  mayAssess,
  nominationsVisibleTo,
  personVisible,
  positionVisible,
  readsNominationWords,
  seatVisible,
  seesAssessmentOf,
  seesRetirement,
  selfExcludedFromSlates,
  visibleFlags,
  type Access,
} from "./permissions";

// The viewers of SPEC §4, with scopes as scopeFor builds them: D1 manages M1
// and I1 in Co/Build.
const organization = (role: Role, personId: string | null = null): Access => ({
  user: { role, personId },
  scope: { kind: "organization", sensitive: role === "hr" || role === "admin", selfId: personId },
});
const hr = organization("hr", "HR1");
const admin = organization("admin");
const executive = organization("executive", "CEO");
const manager: Access = {
  user: { role: "manager", personId: "D1" },
  scope: { kind: "subtree", managerId: "D1", orgUnitId: "Co/Build", employeeIds: new Set(["D1", "M1", "I1"]), selfId: "D1" },
};
const unlinked: Access = {
  user: { role: "manager", personId: null },
  scope: { kind: "subtree", managerId: "", orgUnitId: "", employeeIds: new Set(), selfId: null },
};

const row = (incumbentEmployeeId: string | null, orgUnitPath: string, flags: GapRow["flags"] = []) =>
  ({ incumbentEmployeeId, orgUnitPath, flags }) as GapRow;

describe("role permissions", () => {
  it("gives HR and admins the HR workspaces, nobody else", () => {
    expect([hr, admin, executive, manager].map(canAdminister)).toEqual([true, true, false, false]);
    expect([hr, admin, executive, manager].map(canManageUsers)).toEqual([false, true, false, false]);
  });

  it("keeps executives out of nominating, the directory and the team page, and away from retirement dates", () => {
    for (const predicate of [canNominate, canBrowsePeople, canOpenTeam, seesRetirement]) {
      expect([hr, admin, executive, manager].map(predicate)).toEqual([true, true, false, true]);
    }
  });

  it("lets everyone read plan snapshots, HR take them and only an admin delete one", () => {
    expect([hr, admin, executive, manager].map(canReadSnapshots)).toEqual([true, true, true, true]);
    expect([hr, admin, executive, manager].map(canTakeSnapshots)).toEqual([true, true, false, false]);
    expect([hr, admin, executive, manager].map(canDeleteSnapshots)).toEqual([false, true, false, false]);
  });

  it("lets HR and executives play scenarios over the whole organization, and only HR save them", () => {
    expect([hr, admin, executive, manager, unlinked].map(canPlayScenarios)).toEqual([true, true, true, false, false]);
    expect([hr, admin, executive, manager].map(canSaveScenarios)).toEqual([true, true, false, false]);
  });

  it("knows a manager account without a person", () => {
    expect([manager, unlinked, hr].map(isUnlinkedManager)).toEqual([false, true, false]);
  });
});

describe("people", () => {
  it("shows a manager their reporting line only", () => {
    expect(personVisible(manager, "M1")).toBe(true);
    expect(personVisible(manager, "D2")).toBe(false);
    expect(personVisible(executive, "D2")).toBe(true);
    expect(personVisible(unlinked, "M1")).toBe(false);
  });

  it("lets HR and a person's managers read their assessment, never the person themselves", () => {
    expect(seesAssessmentOf(hr, "D1")).toBe(true);
    expect(seesAssessmentOf(manager, "M1")).toBe(true);
    expect(seesAssessmentOf(manager, "D1")).toBe(false);
    expect(seesAssessmentOf(executive, "D1")).toBe(false);
    expect([hr, executive, manager].map(hiddenSelf)).toEqual([null, "CEO", "D1"]);
  });

  it("counts a manager's reports but not the manager", () => {
    expect(countsPerson(manager, "M1")).toBe(true);
    expect(countsPerson(manager, "D1")).toBe(false);
    expect(countsPerson(executive, "CEO")).toBe(true);
  });

  it("lets nobody assess themselves, executives nobody, managers their reports", () => {
    expect(mayAssess(hr, "D1")).toBe(true);
    expect(mayAssess(hr, "HR1")).toBe(false);
    expect(mayAssess(executive, "D1")).toBe(false);
    expect(mayAssess(manager, "I1")).toBe(true);
    expect(mayAssess(manager, "D1")).toBe(false);
    expect(mayAssess(manager, "D2")).toBe(false);
  });
});

describe("seats", () => {
  it("tests units by path prefix, not by text", () => {
    expect(isInUnitSubtree("Co/Build/Team", "Co/Build")).toBe(true);
    expect(isInUnitSubtree("Co/Builders", "Co/Build")).toBe(false);
    expect(isInUnitSubtree("Co", "")).toBe(false);
  });

  it("shows a manager the seats their people hold and the vacancies of their unit", () => {
    expect(positionVisible(manager, row("I1", "Co/Sell"))).toBe(true);
    expect(positionVisible(manager, row("I2", "Co/Build"))).toBe(false);
    expect(positionVisible(manager, row(null, "Co/Build/Team"))).toBe(true);
    expect(positionVisible(manager, row(null, "Co/Sell"))).toBe(false);
    expect(seatVisible(manager, { incumbentId: null, orgUnitId: "Co/Build" })).toBe(true);
    expect(seatVisible(executive, { incumbentId: "I2", orgUnitId: "Co/Sell" })).toBe(true);
  });

  it("hides the viewer's own stuck flag from anyone but HR", () => {
    const own = row("D1", "Co/Build", ["stuck-incumbent", "no-successor"]);
    expect(visibleFlags(manager, own)).toEqual(["no-successor"]);
    expect(visibleFlags(hr, own)).toEqual(["stuck-incumbent", "no-successor"]);
    expect(visibleFlags(manager, row("M1", "Co/Build", ["stuck-incumbent"]))).toEqual(["stuck-incumbent"]);
  });
});

describe("nominations", () => {
  it("lets HR read every entry, others none naming them and only their own pending ones", () => {
    expect(nominationsVisibleTo(hr)).toEqual({});
    expect(nominationsVisibleTo(manager)).toEqual({ candidateId: { not: "D1" }, OR: [{ status: { not: "proposed" } }, { nominatedById: "D1" }] });
    expect(nominationsVisibleTo(unlinked)).toEqual({ status: { not: "proposed" } });
  });

  it("shows the rationale to HR and the nominator", () => {
    expect(readsNominationWords(hr, { nominatedById: "X" })).toBe(true);
    expect(readsNominationWords(manager, { nominatedById: "D1" })).toBe(true);
    expect(readsNominationWords(manager, { nominatedById: "D2" })).toBe(false);
    expect(readsNominationWords(unlinked, { nominatedById: null })).toBe(false);
  });

  it("keeps everyone but HR off their own slates", () => {
    expect([hr, manager, executive].map(selfExcludedFromSlates)).toEqual([null, "D1", "CEO"]);
  });
});
