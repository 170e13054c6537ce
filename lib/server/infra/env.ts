import { z } from "zod";
import { parseDatabaseUrl } from "./database-url";

// Baton's environment (README.md, docs/development.md), checked once when the
// server starts (instrumentation.ts) so a mistake stops it with a message
// naming the variable, instead of surfacing later as a failed sign-in.
const OIDC_KEYS = ["BATON_OIDC_ISSUER", "BATON_OIDC_CLIENT_ID", "BATON_OIDC_CLIENT_SECRET"] as const;
// E-mail (docs/notifications.md) needs all three: where to send, who sends,
// and the address every link in a message points at.
export const MAIL_KEYS = ["BATON_SMTP_URL", "BATON_MAIL_FROM", "BATON_BASE_URL"] as const;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

const smtpUrl = z.url({ error: "must be an smtp:// or smtps:// address, e.g. smtps://user:password@mail.example.com:465" }).refine(
  (value) => /^smtps?:$/.test(new URL(value).protocol) && new URL(value).hostname !== "",
  { error: "must be an smtp:// or smtps:// address, e.g. smtps://user:password@mail.example.com:465" },
);

// "Baton <baton@example.com>" or "baton@example.com".
const mailFrom = z.string().refine(
  (value) => {
    const address = /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value;
    return z.email().safeParse(address.trim()).success && !/[\r\n]/.test(value);
  },
  { error: 'must be an email address, optionally with a name: "Baton <baton@example.com>"' },
);

// Links in messages open Baton from a mail client, so they must be Baton's
// public https address (plain http only for a server on this machine).
const baseUrl = z.url({ error: "must be Baton's public address, e.g. https://baton.example.com" }).refine(
  (value) => {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
  },
  { error: "must be Baton's public https:// address (http:// only for localhost)" },
);

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText,
    // Signs the session cookies (Auth.js); `npx auth secret` or `openssl rand -base64 33` makes one.
    AUTH_SECRET: optionalText,
    BATON_OIDC_ISSUER: optionalText.pipe(z.url({ error: "must be the identity provider's https:// address" }).optional()),
    BATON_OIDC_CLIENT_ID: optionalText,
    BATON_OIDC_CLIENT_SECRET: optionalText,
    // The sign-in button's words: "Sign in with <name>".
    BATON_OIDC_NAME: optionalText,
    // The cached organization states' memory budget per database, in MiB
    // (lib/server/state/org-state.ts, docs/scaling.md).
    // PostgreSQL connections per app process (docs/scaling.md): a cold state
    // read runs the engine's eight input queries at once.
    BATON_PG_POOL_MAX: z.coerce.number({ error: "must be a number of connections" }).int().min(1).default(10),
    BATON_STATE_CACHE_MB: z.coerce.number({ error: "must be a number of MiB" }).int().positive().default(512),
    BATON_SMTP_URL: optionalText.pipe(smtpUrl.optional()),
    BATON_MAIL_FROM: optionalText.pipe(mailFrom.optional()),
    BATON_BASE_URL: optionalText.pipe(baseUrl.optional()),
  })
  .superRefine((env, ctx) => {
    try {
      parseDatabaseUrl(env.DATABASE_URL);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: error instanceof Error ? error.message : String(error) });
    }
    const set = OIDC_KEYS.filter((key) => env[key] !== undefined);
    if (set.length > 0 && set.length < OIDC_KEYS.length) {
      const missing = OIDC_KEYS.filter((key) => env[key] === undefined);
      ctx.addIssue({
        code: "custom",
        path: [missing[0]!],
        message: `single sign-on needs ${OIDC_KEYS.join(", ")} together; ${set.join(", ")} ${set.length === 1 ? "is" : "are"} set but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not`,
      });
    }
    // A sender or a base URL alone sends nothing and harms nothing; a mail
    // server without them would send mail from nobody with links to nowhere.
    if (env.BATON_SMTP_URL !== undefined) {
      for (const key of ["BATON_MAIL_FROM", "BATON_BASE_URL"] as const) {
        if (env[key] === undefined) {
          ctx.addIssue({ code: "custom", path: [key], message: `must be set when BATON_SMTP_URL is: e-mail needs ${MAIL_KEYS.join(", ")} together` });
        }
      }
    }
  });

export type Env = z.output<typeof ZEnv>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Baton's environment is not usable:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

// `serving`: the web server is starting, so the session secret must be there
// too (a build or a CLI command needs none).
export function readEnv(source: Record<string, string | undefined> = process.env, options: { serving?: boolean } = {}): Env {
  const parsed = ZEnv.safeParse(source);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`);
  if (options.serving && source.NODE_ENV === "production" && !source.AUTH_SECRET?.trim()) {
    problems.push("AUTH_SECRET: must be set to a long random string (openssl rand -base64 33): it signs the session cookies");
  }
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new EnvError(problems);
}

let cached: Env | undefined;

// The validated environment of this process, read once.
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

// When the server starts (instrumentation.ts): every problem at once, or nothing.
export function checkServerEnv(): void {
  cached = readEnv(process.env, { serving: true });
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

// Single sign-on is on when all three of its variables are set.
export function oidcSettings(source: Env = env()): OidcSettings | null {
  const { BATON_OIDC_ISSUER: issuer, BATON_OIDC_CLIENT_ID: clientId, BATON_OIDC_CLIENT_SECRET: clientSecret } = source;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: source.BATON_OIDC_NAME ?? "single sign-on" };
}

export interface MailSettings {
  url: string; // with the password: for the transport only, never shown
  host: string;
  port: number;
  secure: boolean; // smtps:// (TLS from the first byte); smtp:// upgrades with STARTTLS when the server offers it
  user: string | null;
  from: string;
  baseUrl: string; // without a trailing slash
}

// E-mail is on when BATON_SMTP_URL is set (readEnv has checked the other two).
export function mailSettings(source: Env = env()): MailSettings | null {
  const { BATON_SMTP_URL: url, BATON_MAIL_FROM: from, BATON_BASE_URL: base } = source;
  if (!url || !from || !base) return null;
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  return {
    url,
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    user: parsed.username ? decodeURIComponent(parsed.username) : null,
    from,
    baseUrl: base.replace(/\/+$/, ""),
  };
}
