// Rules for changing a user account that hold whoever asks (docs/security.md).

export interface AccountState {
  role: string;
  active: boolean;
}

const isActiveAdmin = (a: AccountState) => a.active && a.role === "admin";

// Baton must keep one active administrator: without one, nobody can manage
// users from the page any more, and recovery needs shell access to the server.
// True when turning `before` into `after` would remove the last one, given
// how many *other* active administrators there are.
export function removesLastAdmin(before: AccountState, after: AccountState, otherActiveAdmins: number): boolean {
  return isActiveAdmin(before) && !isActiveAdmin(after) && otherActiveAdmins === 0;
}

// A change to what a user may see or prove ends every session they hold, so
// a copied cookie cannot outlive it. Renaming does not.
export function endsSessions(before: AccountState & { personId: string | null }, after: AccountState & { personId: string | null }): boolean {
  return before.role !== after.role || before.personId !== after.personId || before.active !== after.active;
}
