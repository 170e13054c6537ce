import { parseArgs } from "node:util";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/auth/api-tokens";
import { unlockSignIn } from "@/lib/server/auth/sign-in-throttle";
import { accountKey, addressKey } from "@/lib/server/auth/throttle-policy";
import { openCliDatabase } from "./cli-db";

type Run = (db: Awaited<ReturnType<typeof openCliDatabase>>) => Promise<number>;

async function withDb(label: string, run: Run): Promise<number> {
  const db = await openCliDatabase();
  try {
    return await run(db);
  } catch (error) {
    console.error(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

// "90" (days) or "never"; anything else is refused.
export function parseExpiry(value: string | undefined): number | null | undefined | "invalid" {
  if (value === undefined) return undefined;
  if (value === "never") return null;
  return /^\d+$/.test(value) ? Number(value) : "invalid";
}

// token create <email> [--name NAME] [--expires DAYS|never]
export async function runTokenCreate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: "string" }, expires: { type: "string" } } });
  const [email] = positionals;
  const expiresInDays = parseExpiry(values.expires);
  if (!email || expiresInDays === "invalid") {
    console.error("usage: baton token create <email> [--name NAME] [--expires DAYS|never] (default 90 days)");
    return 2;
  }
  return withDb("token create", async (db) => {
    const { token, user, expiresAt } = await createApiToken({ db, email, name: values.name ?? "cli", actorLabel: "cli", expiresInDays });
    console.error(`token for ${user.email} (${user.role}), ${expiresAt ? `expires ${expiresAt.toISOString()}` : "never expires"}; it is shown once, store it now:`);
    console.log(token);
    return 0;
  });
}

const iso = (d: Date | null) => (d ? d.toISOString() : "-");

// token list <email>: one tab-separated line per token, header first.
export async function runTokenList(args: string[]): Promise<number> {
  const [email] = args;
  if (!email) {
    console.error("usage: baton token list <email>");
    return 2;
  }
  return withDb("token list", async (db) => {
    const rows = await listApiTokens({ db, email });
    console.log(["id", "name", "created", "last_used", "expires", "revoked"].join("\t"));
    for (const r of rows) console.log([r.id, r.name, iso(r.createdAt), iso(r.lastUsedAt), r.expiresAt ? iso(r.expiresAt) : "never", iso(r.revokedAt)].join("\t"));
    return 0;
  });
}

// token revoke <id>
export async function runTokenRevoke(args: string[]): Promise<number> {
  const id = Number(args[0]);
  if (!Number.isInteger(id) || id < 1) {
    console.error("usage: baton token revoke <id> (the id from token list)");
    return 2;
  }
  return withDb("token revoke", async (db) => {
    const row = await revokeApiToken({ db, id, actorLabel: "cli" });
    console.log(`token ${row.id} (${row.name}) revoked`);
    return 0;
  });
}

// user unlock <email|address>: forgets failed sign-ins, as a right password would.
export async function runUserUnlock(args: string[]): Promise<number> {
  const [who] = args;
  if (!who) {
    console.error("usage: baton user unlock <email|client address>");
    return 2;
  }
  return withDb("user unlock", async (db) => {
    const key = who.includes("@") ? accountKey(who) : addressKey(who);
    console.log((await unlockSignIn({ db, key })) ? `${who} unlocked` : `${who} had no failed sign-ins to forget`);
    return 0;
  });
}
