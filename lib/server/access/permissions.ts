import type { GapRow } from "@/lib/domain";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { Role } from "@/lib/schemas/auth";
import type { AppUser } from "@/lib/server/auth/users";
import type { Scope } from "./scope";

// Every rule of who may see and do what (SPEC §4; docs/access.md), as pure
// functions of the viewer: the pages, the navigation, the reads and the writes
// all ask here. Pure so the browser-side navigation and the unit tests can
// use them; the viewer's scope is computed once per request (scope.ts).
export interface Access {
  user: Pick<AppUser, "role" | "personId">;
  scope: Scope;
}

const role = (access: Access): Role => access.user.role;

// --- roles -------------------------------------------------------------------

// HR and admins: everything, sensitive fields included, and the HR-only
// workspaces (talent review, audit, import, settings). By role alone for
// building the scope itself (scope.ts).
export const isHrRole = (r: Role) => r === "hr" || r === "admin";
export const canAdminister = (access: Access) => isHrRole(role(access));

// User accounts, roles, passwords and API tokens: admins only. HR reads and
// changes the organization's data; who may sign in is a separate duty.
export const canManageUsers = (access: Access) => role(access) === "admin";

// Managers and HR propose successors; executives read slates (SPEC §4), so
// for them the nominations workspace does not exist.
export const canNominate = (access: Access) => role(access) !== "executive";

// A manager account not linked to a person can name nobody: it has no
// reporting line to plan for.
export const isUnlinkedManager = (access: Access) => role(access) === "manager" && access.user.personId === null;

// The people directory and profiles: everyone but executives, who see the
// exposure, not named people's records.
export const canBrowsePeople = (access: Access) => role(access) !== "executive";

// "My team" is a manager's reporting line, or HR's list of people not yet assessed.
export const canOpenTeam = (access: Access) => role(access) !== "executive";

// Executives see the exposure, not a named person's retirement plans.
export const seesRetirement = (access: Access) => !(access.scope.kind === "organization" && !access.scope.sensitive);

// Plan snapshots (SPEC §8): everyone reads them, scoped like the live gap
// report (the seat rules below); HR freezes the plan; only an admin deletes
// a snapshot, since it is the record a review cycle closed on.
export const canReadSnapshots = (_access: Access) => true;
export const canTakeSnapshots = canAdminister;
export const canDeleteSnapshots = (access: Access) => role(access) === "admin";

// Scenarios play a chain of moves across the whole organization: HR and
// executives. A manager's partial view would stop the cascade at the edge of
// their subtree, so for them the feature does not exist (SPEC §9).
export const canPlayScenarios = (access: Access) => access.scope.kind === "organization";
// HR names and keeps scenarios; executives open the saved ones.
export const canSaveScenarios = (access: Access) => canAdminister(access);

// --- people ------------------------------------------------------------------

export function personVisible(access: Access, employeeId: string): boolean {
  return access.scope.kind === "organization" || access.scope.employeeIds.has(employeeId);
}

// Nobody but HR sees conclusions drawn from their own assessment (SPEC §4):
// the viewer whose own stuck flag, scores and the like are left out, or null
// when the viewer may see everything.
export function hiddenSelf(access: Access): string | null {
  const { scope } = access;
  return scope.kind === "organization" && scope.sensitive ? null : scope.selfId;
}

// Scores, readiness evidence and retirement: HR and the person's managers,
// never the person themselves.
export function seesAssessmentOf(access: Access, employeeId: string): boolean {
  return canAdminister(access) || (access.scope.kind === "subtree" && access.user.personId !== employeeId);
}

// Whose assessments a viewer may count in a directory or an aggregate: a
// manager's reports, never the manager; everyone for the organization.
export function countsPerson(access: Access, employeeId: string): boolean {
  const { scope } = access;
  return scope.kind === "organization" || (scope.employeeIds.has(employeeId) && employeeId !== scope.managerId);
}

// Nobody assesses themselves (SPEC §4: nobody but HR even reads their own
// assessment). HR and admins may assess anyone else; executives nobody; a
// manager anyone below them in the reporting tree. Planning someone's
// development follows the same rule.
export function mayAssess(access: Access, employeeId: string): boolean {
  const { scope } = access;
  if (scope.selfId !== null && scope.selfId === employeeId) return false;
  if (scope.kind === "organization") return scope.sensitive;
  return scope.employeeIds.has(employeeId);
}

// --- seats -------------------------------------------------------------------

// Org units are keyed by path, so "the unit or below" is a prefix test.
export function isInUnitSubtree(orgUnitId: string, root: string): boolean {
  return root !== "" && (orgUnitId === root || orgUnitId.startsWith(`${root}/`));
}

// A manager sees the seats their people hold and the vacant seats in their
// own unit or below (SPEC §4).
export function seatVisible(access: Access, seat: { incumbentId: string | null; orgUnitId: string }): boolean {
  const { scope } = access;
  if (scope.kind === "organization") return true;
  return seat.incumbentId !== null ? scope.employeeIds.has(seat.incumbentId) : isInUnitSubtree(seat.orgUnitId, scope.orgUnitId);
}

export const positionVisible = (access: Access, row: Pick<GapRow, "incumbentEmployeeId" | "orgUnitPath">) =>
  seatVisible(access, { incumbentId: row.incumbentEmployeeId, orgUnitId: row.orgUnitPath });

// "Stuck in management" on your own seat is a conclusion drawn from your own
// assessment, which nobody but HR may read (SPEC §4).
export function visibleFlags(access: Access, row: Pick<GapRow, "incumbentEmployeeId" | "flags">): GapRow["flags"] {
  const self = hiddenSelf(access);
  const ownSeat = self !== null && row.incumbentEmployeeId === self;
  return ownSeat ? row.flags.filter((f) => f !== "stuck-incumbent") : row.flags;
}

// --- nominations -------------------------------------------------------------

// Which nominations a viewer may read, as a Prisma where-input merged into
// every nomination query (SPEC §2, §4):
// - HR and admins read all of them;
// - nobody else reads one in which they are the candidate;
// - a pending (proposed) one is private to its nominator and HR.
// Callers add their own subject (a seat, a candidate, a nominator) and scope.
export function nominationsVisibleTo(access: Access): Prisma.NominationWhereInput {
  if (canAdminister(access)) return {};
  const me = access.user.personId;
  if (!me) return { status: { not: "proposed" } };
  return { candidateId: { not: me }, OR: [{ status: { not: "proposed" } }, { nominatedById: me }] };
}

// The rationale and the decision's reason are words about a person: HR and
// the nominator read them.
export function readsNominationWords(access: Access, nomination: { nominatedById: string | null }): boolean {
  return canAdminister(access) || (access.user.personId !== null && nomination.nominatedById === access.user.personId);
}

// Who the viewer may not name as a successor: themselves, unless HR (nobody
// but HR sees a slate entry naming themselves). Null when anyone goes.
export const selfExcludedFromSlates = (access: Access): string | null => (canAdminister(access) ? null : access.user.personId);
