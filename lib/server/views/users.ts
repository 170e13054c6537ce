import "server-only";
import type { TokenStatus } from "@/lib/labels";
import type { Role } from "@/lib/schemas/auth";
import type { UserListQuery, UserSortKey } from "@/lib/schemas/users";
import { canManageUsers } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import type { ApiTokenRow } from "@/lib/server/auth/api-tokens";
import { sessionPolicy, sessionState } from "@/lib/server/auth/session-policy";
import { accountKey } from "@/lib/server/auth/throttle-policy";
import type { Db } from "@/lib/server/infra/db";
import { parseSortParam } from "@/lib/tables/url-state";

// The user administration page's reads (/admin/users): accounts with their
// linked person, last sign-in (the newest session Baton started for them) and
// live sessions. Admins only; null for anyone else, which pages answer with
// "not found".

export interface UserAccountRow {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  personId: string | null;
  personName: string | null;
  active: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
  liveSessions: number;
}

export interface UserAccountPage {
  rows: UserAccountRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
}

async function readAccounts(db: Db, where: { id?: number } = {}): Promise<UserAccountRow[]> {
  const now = new Date();
  const policy = sessionPolicy();
  const [users, sessions] = await Promise.all([
    db.user.findMany({
      where,
      select: { id: true, email: true, name: true, role: true, personId: true, active: true, createdAt: true, person: { select: { name: true } } },
    }),
    // Sessions older than the absolute lifetime are dead whatever their row says;
    // the newest per user (live or not) is the last sign-in.
    db.userSession.groupBy({ by: ["userId"], where: where.id ? { userId: where.id } : {}, _max: { createdAt: true } }),
  ]);
  const open = await db.userSession.findMany({
    where: { endedAt: null, createdAt: { gt: new Date(now.getTime() - policy.absoluteMs) }, ...(where.id ? { userId: where.id } : {}) },
    select: { userId: true, createdAt: true, lastSeenAt: true, endedAt: true },
  });
  const lastSignIn = new Map(sessions.map((s) => [s.userId, s._max.createdAt]));
  const live = new Map<number, number>();
  for (const s of open) if (sessionState(s, policy, now) === "live") live.set(s.userId, (live.get(s.userId) ?? 0) + 1);
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    personId: u.personId,
    personName: u.person?.name ?? null,
    active: u.active,
    createdAt: u.createdAt,
    lastSignInAt: lastSignIn.get(u.id) ?? null,
    liveSessions: live.get(u.id) ?? 0,
  }));
}

const SORT_VALUE: Record<UserSortKey, (r: UserAccountRow) => string | number> = {
  email: (r) => r.email,
  name: (r) => (r.name ?? "").toLowerCase(),
  role: (r) => r.role,
  lastSignInAt: (r) => r.lastSignInAt?.getTime() ?? 0,
  sessions: (r) => r.liveSessions,
};

// Accounts are few (one per person who signs in), so the whole list is read
// and sorted here; paging keeps the shared table's contract.
export async function findUserAccounts(viewer: Viewer, query: UserListQuery): Promise<UserAccountPage | null> {
  if (!canManageUsers(viewer)) return null;
  const rows = await readAccounts(viewer.db);
  const { id, desc } = parseSortParam(query.sort);
  const value = SORT_VALUE[id as UserSortKey] ?? SORT_VALUE.email;
  const sign = desc ? -1 : 1;
  rows.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    return (x < y ? -sign : x > y ? sign : 0) || a.email.localeCompare(b.email);
  });
  const pages = Math.max(1, Math.ceil(rows.length / query.pageSize));
  const page = Math.min(query.page, pages);
  return { rows: rows.slice((page - 1) * query.pageSize, page * query.pageSize), total: rows.length, page, pageSize: query.pageSize, sort: query.sort };
}

export interface UserTokenRow extends ApiTokenRow {
  status: TokenStatus;
}

export interface UserAccountDetail {
  account: UserAccountRow;
  tokens: UserTokenRow[];
  // Whether this account is the only active administrator (the page says why
  // demoting or deactivating it is refused before anyone tries).
  lastAdmin: boolean;
  // Recent failed sign-ins of this account, and the lock they caused, if any.
  signInThrottle: { failures: number; lockedUntil: Date | null } | null;
}

export async function findUserAccount(viewer: Viewer, userId: number): Promise<UserAccountDetail | null> {
  if (!canManageUsers(viewer)) return null;
  const [account] = await readAccounts(viewer.db, { id: userId });
  if (!account) return null;
  const [tokens, otherAdmins, throttle] = await Promise.all([
    viewer.db.apiToken.findMany({
      where: { userId },
      orderBy: { id: "desc" },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    }),
    viewer.db.user.count({ where: { role: "admin", active: true, id: { not: userId } } }),
    viewer.db.signInThrottle.findUnique({ where: { key: accountKey(account.email) }, select: { failures: true, lockedUntil: true } }),
  ]);
  const now = Date.now();
  const statusOf = (t: ApiTokenRow): TokenStatus => (t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt.getTime() <= now ? "expired" : "active");
  const signInThrottle = throttle && throttle.failures > 0 ? { failures: throttle.failures, lockedUntil: throttle.lockedUntil && throttle.lockedUntil.getTime() > now ? throttle.lockedUntil : null } : null;
  return { account, tokens: tokens.map((t) => ({ ...t, status: statusOf(t) })), lastAdmin: account.role === "admin" && account.active && otherAdmins === 0, signInThrottle };
}
