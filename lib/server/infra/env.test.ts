import { describe, expect, it } from "vitest";
import { EnvError, mailSettings, oidcSettings, readEnv } from "./env";

const problemsOf = (source: Record<string, string>) => {
  try {
    readEnv(source);
    return [];
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return error.problems;
  }
};

describe("the environment", () => {
  it("needs nothing in development: SQLite in ./data, no single sign-on", () => {
    const env = readEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(oidcSettings(env)).toBeNull();
  });

  it("keeps every variable Baton reads", () => {
    const env = readEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://baton@db/baton",
      AUTH_SECRET: "s3cret",
      BATON_OIDC_ISSUER: "https://login.example.com",
      BATON_OIDC_CLIENT_ID: "baton",
      BATON_OIDC_CLIENT_SECRET: "shh",
      BATON_OIDC_NAME: "Acme SSO",
    });
    expect(env.DATABASE_URL).toBe("postgres://baton@db/baton");
    expect(oidcSettings(env)).toEqual({ issuer: "https://login.example.com", clientId: "baton", clientSecret: "shh", name: "Acme SSO" });
  });

  it("sizes the connection pool and the state cache, 10 connections and 512 MiB unless told", () => {
    expect(readEnv({})).toMatchObject({ BATON_PG_POOL_MAX: 10, BATON_STATE_CACHE_MB: 512 });
    expect(readEnv({ BATON_PG_POOL_MAX: "24", BATON_STATE_CACHE_MB: "2048" })).toMatchObject({ BATON_PG_POOL_MAX: 24, BATON_STATE_CACHE_MB: 2048 });
    expect(problemsOf({ BATON_PG_POOL_MAX: "0", BATON_STATE_CACHE_MB: "lots" }).map((p) => p.split(":")[0])).toEqual(["BATON_PG_POOL_MAX", "BATON_STATE_CACHE_MB"]);
  });

  it("names each variable that is wrong, and why", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://x" })).toEqual(['DATABASE_URL: DATABASE_URL must start with file: or postgres:// (got "mysql:…")']);
    expect(() => readEnv({ NODE_ENV: "production" }, { serving: true })).toThrow(/AUTH_SECRET: must be set/);
    // A build or a CLI command signs no sessions.
    expect(readEnv({ NODE_ENV: "production" }).NODE_ENV).toBe("production");
    expect(problemsOf({ BATON_OIDC_ISSUER: "login.example.com", BATON_OIDC_CLIENT_ID: "a", BATON_OIDC_CLIENT_SECRET: "b" })).toEqual([
      "BATON_OIDC_ISSUER: must be the identity provider's https:// address",
    ]);
    expect(problemsOf({ BATON_OIDC_ISSUER: "https://login.example.com" })).toEqual([
      "BATON_OIDC_CLIENT_ID: single sign-on needs BATON_OIDC_ISSUER, BATON_OIDC_CLIENT_ID, BATON_OIDC_CLIENT_SECRET together; BATON_OIDC_ISSUER is set but BATON_OIDC_CLIENT_ID, BATON_OIDC_CLIENT_SECRET are not",
    ]);
  });

  it("reads an empty value as unset", () => {
    const env = readEnv({ DATABASE_URL: " ", AUTH_SECRET: "" });
    expect([env.DATABASE_URL, env.AUTH_SECRET]).toEqual([undefined, undefined]);
  });

  it("turns e-mail on with a mail server, a sender and a base URL, and never without the other two", () => {
    expect(mailSettings(readEnv({}))).toBeNull();
    const settings = mailSettings(
      readEnv({ BATON_SMTP_URL: "smtps://baton%40acme:p%40ss@mail.acme.example", BATON_MAIL_FROM: "Baton <baton@acme.example>", BATON_BASE_URL: "https://baton.acme.example/" }),
    );
    expect(settings).toMatchObject({ host: "mail.acme.example", port: 465, secure: true, user: "baton@acme", from: "Baton <baton@acme.example>", baseUrl: "https://baton.acme.example" });
    expect(mailSettings(readEnv({ BATON_SMTP_URL: "smtp://mail:2525", BATON_MAIL_FROM: "b@x.example", BATON_BASE_URL: "http://localhost:3000" }))).toMatchObject({ port: 2525, secure: false, user: null });
    expect(problemsOf({ BATON_SMTP_URL: "smtp://mail.acme.example" })).toEqual([
      "BATON_MAIL_FROM: must be set when BATON_SMTP_URL is: e-mail needs BATON_SMTP_URL, BATON_MAIL_FROM, BATON_BASE_URL together",
      "BATON_BASE_URL: must be set when BATON_SMTP_URL is: e-mail needs BATON_SMTP_URL, BATON_MAIL_FROM, BATON_BASE_URL together",
    ]);
    expect(problemsOf({ BATON_SMTP_URL: "https://mail.acme.example", BATON_MAIL_FROM: "Baton", BATON_BASE_URL: "http://baton.acme.example" }).map((p) => p.split(":")[0])).toEqual([
      "BATON_SMTP_URL",
      "BATON_MAIL_FROM",
      "BATON_BASE_URL",
    ]);
    // A sender alone harms nothing: mail stays off.
    expect(mailSettings(readEnv({ BATON_MAIL_FROM: "b@x.example" }))).toBeNull();
  });
});
