import type { Role } from "@/lib/schemas/auth";
import type { MailKind } from "./messages";

// Who gets which message, and how: pure rules over accounts and their
// choices (docs/notifications.md). The outbox asks them in the transaction
// of the change.

export interface MailPreferences {
  decisions: boolean;
  proposals: boolean;
  assessmentsDue: boolean;
  digest: boolean;
}

// No row yet: everything on, one message per event.
export const DEFAULT_MAIL_PREFERENCES: MailPreferences = { decisions: true, proposals: true, assessmentsDue: true, digest: false };

export const PREFERENCE_OF_KIND: Record<MailKind, Exclude<keyof MailPreferences, "digest">> = {
  decision: "decisions",
  proposal: "proposals",
  assessments_due: "assessmentsDue",
};

// "now": its own message after the change commits; "digest": held for the
// daily digest; null: the user turned this kind off.
export function deliveryOf(preferences: MailPreferences | null, kind: MailKind): "now" | "digest" | null {
  const chosen = preferences ?? DEFAULT_MAIL_PREFERENCES;
  if (!chosen[PREFERENCE_OF_KIND[kind]]) return null;
  return chosen.digest ? "digest" : "now";
}

export interface Account {
  id: number;
  role: Role;
  personId: string | null;
  active: boolean;
}

const isHr = (role: Role) => role === "hr" || role === "admin";

// The kinds a role can receive at all, so the preferences form offers only those.
export function kindsFor(role: Role): MailKind[] {
  if (role === "executive") return [];
  return isHr(role) ? ["decision", "proposal", "assessments_due"] : ["decision", "assessments_due"];
}

// A proposal waits for HR: every active HR or admin account but the
// proposer's own, who may not decide it (four eyes).
export function proposalRecipients(accounts: readonly Account[], proposerUserId: number): number[] {
  return accounts.filter((a) => a.active && isHr(a.role) && a.id !== proposerUserId).map((a) => a.id);
}

// The accounts behind a nomination: the person named as nominator and the
// user who proposed it (an HR account need not be linked to a person).
export function decisionRecipients(accounts: readonly Account[], nomination: { nominatedById: string | null; proposerUserId: number | null }): number[] {
  return accounts
    .filter((a) => a.active && ((nomination.nominatedById !== null && a.personId === nomination.nominatedById) || a.id === nomination.proposerUserId))
    .map((a) => a.id);
}

// Assessments due: every account that may assess (not an executive's) and is
// linked to a person with direct reports still to assess in the open cycle.
export function assessmentsDueRecipients(accounts: readonly Account[], dueByManager: ReadonlyMap<string, number>): { userId: number; due: number }[] {
  return accounts.flatMap((a) => {
    const due = a.personId === null ? 0 : (dueByManager.get(a.personId) ?? 0);
    return a.active && a.role !== "executive" && due > 0 ? [{ userId: a.id, due }] : [];
  });
}
