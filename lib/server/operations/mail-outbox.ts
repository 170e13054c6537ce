import "server-only";
import { digestMail, type MailContent, type MailKind } from "@/lib/mail/messages";
import { deliveryOf, PREFERENCE_OF_KIND, type MailPreferences } from "@/lib/mail/recipients";
import type { Db, Tx } from "@/lib/server/infra/db";
import { mailSettings, type MailSettings } from "@/lib/server/infra/env";
import { MAIL_CONNECTIONS, sendMail } from "@/lib/server/infra/mail-transport";
import { canAdminister } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findOpenCycle } from "./assessments";

// The e-mail outbox (docs/notifications.md). A change writes its messages
// here in its own transaction; they are sent after it commits, by the app
// right away (deliverSoon) and by `baton mail deliver` from cron for what
// failed. A mail server that is down delays a message; it never holds,
// fails or rolls back the change. Without SMTP configured nothing is written:
// the in-app notices are then all there is.

export interface QueuedMail {
  userId: number;
  kind: MailKind;
  content: MailContent;
}

const CHUNK = 500;
const CLAIM_MS = 5 * 60_000;
const BACKOFF_CAP_MS = 6 * 60 * 60_000;
// After this many failed attempts the row waits the longest backoff, but it
// stays queued: giving up would lose the message silently.
const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);

async function preferencesOf(db: Db | Tx, userIds: readonly number[]): Promise<Map<number, MailPreferences>> {
  const found = new Map<number, MailPreferences>();
  for (let i = 0; i < userIds.length; i += CHUNK) {
    const rows = await db.mailPreference.findMany({
      where: { userId: { in: userIds.slice(i, i + CHUNK) } },
      select: { userId: true, decisions: true, proposals: true, assessmentsDue: true, digest: true },
    });
    for (const { userId, ...preferences } of rows) found.set(userId, preferences);
  }
  return found;
}

// Inside the change's transaction: each recipient's message as they chose
// it (alone, in the digest, or not at all). Answers the number queued.
export async function enqueueMail(tx: Tx, mails: readonly QueuedMail[], settings: MailSettings | null = mailSettings()): Promise<number> {
  if (!settings || mails.length === 0) return 0;
  const preferences = await preferencesOf(tx, [...new Set(mails.map((m) => m.userId))]);
  const rows = mails.flatMap(({ userId, kind, content }) => {
    const delivery = deliveryOf(preferences.get(userId) ?? null, kind);
    return delivery ? [{ userId, kind, ...content, digest: delivery === "digest" }] : [];
  });
  for (let i = 0; i < rows.length; i += CHUNK) await tx.mailOutbox.createMany({ data: rows.slice(i, i + CHUNK) });
  return rows.length;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  skipped: number;
}

const recipientFields = { email: true, active: true, mailPreference: { select: { decisions: true, proposals: true, assessmentsDue: true, digest: true } } } as const;

// Takes a row for this run; another process (a second app instance, cron)
// holding it, or having sent it, makes this false.
async function claim(db: Db, id: number, now: Date): Promise<boolean> {
  const { count } = await db.mailOutbox.updateMany({
    where: { id, status: "pending", OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { claimedUntil: new Date(now.getTime() + CLAIM_MS) },
  });
  return count === 1;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

async function markFailed(db: Db, ids: readonly number[], error: unknown, now: Date): Promise<void> {
  for (const id of ids) {
    const row = await db.mailOutbox.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: errorText(error), claimedUntil: null }, select: { attempts: true } });
    await db.mailOutbox.update({ where: { id }, data: { nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) } });
  }
}

async function markDone(db: Db, ids: readonly number[], status: "sent" | "skipped", now: Date, reason: string | null = null): Promise<void> {
  await db.mailOutbox.updateMany({
    where: { id: { in: [...ids] } },
    data: { status, sentAt: status === "sent" ? now : null, lastError: reason, claimedUntil: null, attempts: { increment: status === "sent" ? 1 : 0 } },
  });
}

// Why a queued message is no longer wanted: the account was deactivated, or
// its owner turned the kind off since.
function unwanted(user: { email: string; active: boolean; mailPreference: MailPreferences | null }, kind: string): string | null {
  if (!user.active) return "the account is deactivated";
  const preference = PREFERENCE_OF_KIND[kind as MailKind];
  if (preference && user.mailPreference && !user.mailPreference[preference]) return "turned off by its recipient";
  return null;
}

// Sends every message that is due (never the digest's), one after another;
// a failure is recorded on its row and retried after a growing wait.
export async function deliverOutbox(db: Db, options: { settings?: MailSettings | null; now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const settings = options.settings === undefined ? mailSettings() : options.settings;
  const report: DeliveryReport = { sent: 0, failed: 0, skipped: 0 };
  if (!settings) return report;
  const now = options.now ?? new Date();
  const due = await db.mailOutbox.findMany({
    where: { status: "pending", digest: false, nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: options.limit ?? 1000,
    select: { id: true },
  });
  const deliverOne = async (id: number) => {
    if (!(await claim(db, id, new Date()))) return;
    const row = await db.mailOutbox.findUniqueOrThrow({ where: { id }, select: { kind: true, subject: true, text: true, html: true, user: { select: recipientFields } } });
    const reason = unwanted(row.user, row.kind);
    if (reason) {
      await markDone(db, [id], "skipped", now, reason);
      report.skipped++;
      return;
    }
    try {
      await sendMail(settings, { to: row.user.email, subject: row.subject, text: row.text, html: row.html });
      await markDone(db, [id], "sent", new Date());
      report.sent++;
    } catch (error) {
      await markFailed(db, [id], error, now);
      report.failed++;
    }
  };
  // A few messages in flight at once, one per pooled connection: a mail
  // server answers each message after a round trip or more, and a cycle
  // opening queues one per manager.
  const queue = due.map((row) => row.id);
  await Promise.all(
    Array.from({ length: MAIL_CONNECTIONS }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) await deliverOne(id);
    }),
  );
  return report;
}

// Direct reports still to assess in a cycle, by manager (their employee id).
export async function findAssessmentsDue(db: Db | Tx, cycleId: number): Promise<Map<string, number>> {
  const groups = await db.person.groupBy({
    by: ["managerId"],
    where: { active: true, managerId: { not: null }, assessments: { none: { cycleId, status: "submitted" } } },
    _count: { _all: true },
  });
  return new Map(groups.flatMap((g) => (g.managerId ? [[g.managerId, g._count._all] as const] : [])));
}

// The daily digest (`baton mail send-digest`, from cron): per user, every
// queued digest item in one message, with a reminder while their team's
// assessments are due in the open cycle.
export async function sendDigests(db: Db, options: { settings?: MailSettings | null; now?: Date } = {}): Promise<DeliveryReport> {
  const settings = options.settings === undefined ? mailSettings() : options.settings;
  const report: DeliveryReport = { sent: 0, failed: 0, skipped: 0 };
  if (!settings) return report;
  const now = options.now ?? new Date();

  const queued = await db.mailOutbox.findMany({ where: { status: "pending", digest: true }, orderBy: { id: "asc" }, select: { id: true, userId: true } });
  const byUser = new Map<number, number[]>();
  for (const row of queued) {
    const ids = byUser.get(row.userId);
    if (ids) ids.push(row.id);
    else byUser.set(row.userId, [row.id]);
  }

  const cycle = await findOpenCycle({ db });
  const due = cycle ? await findAssessmentsDue(db, cycle.id) : new Map<string, number>();
  const reminded = new Map<number, number>();
  if (due.size > 0) {
    const digestUsers = await db.user.findMany({
      where: { active: true, role: { not: "executive" }, personId: { not: null }, mailPreference: { is: { digest: true, assessmentsDue: true } } },
      select: { id: true, personId: true },
    });
    for (const user of digestUsers) {
      const count = due.get(user.personId!) ?? 0;
      if (count > 0) reminded.set(user.id, count);
    }
  }

  for (const userId of new Set([...byUser.keys(), ...reminded.keys()])) {
    const claimed: number[] = [];
    for (const id of byUser.get(userId) ?? []) if (await claim(db, id, new Date())) claimed.push(id);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: recipientFields });
    const rows = await db.mailOutbox.findMany({ where: { id: { in: claimed } }, orderBy: { id: "asc" }, select: { id: true, kind: true, line: true, link: true } });
    const unwantedIds = rows.filter((r) => unwanted(user, r.kind)).map((r) => r.id);
    if (unwantedIds.length > 0) {
      await markDone(db, unwantedIds, "skipped", now, user.active ? "turned off by its recipient" : "the account is deactivated");
      report.skipped += unwantedIds.length;
    }
    const wanted = rows.filter((r) => !unwantedIds.includes(r.id));
    // A queued "cycle opened" item is told by the reminder, with today's count.
    const dueRows = wanted.filter((r) => r.kind === "assessments_due");
    const items = wanted.filter((r) => r.kind !== "assessments_due");
    const reminder = user.active && cycle && reminded.has(userId) ? { cycleName: cycle.name, due: reminded.get(userId)! } : null;
    const message = digestMail({ items, reminder, baseUrl: settings.baseUrl });
    if (!message) {
      if (dueRows.length > 0) await markDone(db, dueRows.map((r) => r.id), "skipped", now, "nobody is due for assessment any more");
      continue;
    }
    const ids = wanted.map((r) => r.id);
    try {
      await sendMail(settings, { to: user.email, subject: message.subject, text: message.text, html: message.html });
      if (ids.length > 0) await markDone(db, ids, "sent", new Date());
      report.sent++;
    } catch (error) {
      await markFailed(db, ids, error, now);
      report.failed++;
    }
  }
  return report;
}

// After a change commits: send its messages now, in the background of the
// request. Runs are coalesced per database: a bulk approval of 200 entries
// starts one run, and one more if messages arrived meanwhile.
const runs = new Map<Db, { running: Promise<void>; again: boolean }>();

export function deliverSoon(db: Db): void {
  if (!mailSettings()) return;
  const current = runs.get(db);
  if (current) {
    current.again = true;
    return;
  }
  const state = { running: Promise.resolve(), again: false };
  state.running = (async () => {
    do {
      state.again = false;
      await deliverOutbox(db);
    } while (state.again);
  })()
    .catch((error: unknown) => console.error(`baton: e-mail delivery failed; \`baton mail deliver\` retries it: ${errorText(error)}`))
    .finally(() => runs.delete(db));
  runs.set(db, state);
}

// Tests (and the command line) wait for the background run to finish.
export async function deliveriesSettled(): Promise<void> {
  while (runs.size > 0) await Promise.all([...runs.values()].map((r) => r.running));
}

export interface OutboxStatus {
  waiting: number;
  failing: number;
  lastError: string | null;
}

export interface MailStatus {
  // The server and sender as settings shows them: never the URL, which may hold the password.
  server: { host: string; port: number; secure: boolean; user: string | null; from: string; baseUrl: string } | null;
  outbox: OutboxStatus;
}

// The settings page's e-mail section (HR and admins, like the page).
export async function findMailStatus(viewer: Viewer): Promise<MailStatus | null> {
  if (!canAdminister(viewer)) return null;
  const settings = mailSettings();
  const server = settings ? { host: settings.host, port: settings.port, secure: settings.secure, user: settings.user, from: settings.from, baseUrl: settings.baseUrl } : null;
  return { server, outbox: await findOutboxStatus(viewer.db) };
}

// What is waiting, and the newest error if any.
async function findOutboxStatus(db: Db): Promise<OutboxStatus> {
  const [waiting, failing, last] = await Promise.all([
    db.mailOutbox.count({ where: { status: "pending" } }),
    db.mailOutbox.count({ where: { status: "pending", attempts: { gt: 0 } } }),
    db.mailOutbox.findFirst({ where: { status: "pending", lastError: { not: null } }, orderBy: { id: "desc" }, select: { lastError: true } }),
  ]);
  return { waiting, failing, lastError: last?.lastError ?? null };
}
