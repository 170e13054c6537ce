import { parseArgs } from "node:util";
import { EnvError, MAIL_KEYS, mailSettings, readEnv } from "@/lib/server/infra/env";
import { closeMailTransports } from "@/lib/server/infra/mail-transport";
import { deliverOutbox, sendDigests, type DeliveryReport } from "@/lib/server/operations/mail-outbox";
import { openCliDatabase } from "./cli-db";

// The e-mail outbox from cron (docs/notifications.md):
//   mail deliver       sends what is due, retrying what failed before
//   mail send-digest   sends each digest user their day's items in one message
// Exit status: 0 when everything due went out, 1 when a message failed (it
// stays queued for the next run), 2 when e-mail is not configured.

const summary = (r: DeliveryReport) => `${r.sent} sent, ${r.failed} failed (kept for the next run), ${r.skipped} no longer wanted`;

async function run(label: string, args: string[], send: typeof deliverOutbox): Promise<number> {
  parseArgs({ args, allowPositionals: false, options: {} });
  try {
    readEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (!mailSettings()) {
    console.error(`${label}: e-mail is not configured; set ${MAIL_KEYS.join(", ")} (docs/notifications.md)`);
    return 2;
  }
  const db = await openCliDatabase();
  try {
    const report = await send(db);
    console.error(`${label}: ${summary(report)}`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    closeMailTransports();
    await db.$disconnect();
  }
}

export const runMailDeliver = (args: string[]) => run("mail deliver", args, (db) => deliverOutbox(db, { limit: 100_000 }));
export const runMailDigest = (args: string[]) => run("mail send-digest", args, sendDigests);
