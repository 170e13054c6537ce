import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZCredentials } from "@/lib/schemas/auth";
import { getDb } from "@/lib/server/infra/db";
import { oidcSettings } from "@/lib/server/infra/env";
import { auditSignIn } from "./sign-in-audit";
import { recordFailedSignIn, recordSuccessfulSignIn, throttleStatus } from "./sign-in-throttle";
import { endSession, startSession } from "./sessions";
import { sessionPolicy } from "./session-policy";
import { clientAddress } from "./throttle-policy";
import { findActiveUser, findUserByCredentials } from "./users";

declare module "next-auth" {
  interface Session {
    uid?: number;
    // The database session this cookie stands for (lib/server/auth/sessions.ts).
    sid?: string;
  }
}

// A generic OpenID Connect provider, turned on by environment. Users sign in
// with it only when an account with the same email already exists in Baton:
// the identity provider proves who someone is, Baton decides what they see.
function oidcProvider(): NextAuthConfig["providers"] {
  const settings = oidcSettings();
  if (!settings) return [];
  const { issuer, clientId, clientSecret, name } = settings;
  return [
    {
      id: "oidc",
      name,
      type: "oidc",
      issuer,
      clientId,
      clientSecret,
      authorization: { params: { scope: "openid email profile" } },
    },
  ];
}

export const oidcEnabled = () => oidcSettings() !== null;
export const oidcName = () => oidcSettings()?.name ?? "single sign-on";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The cookie lives as long as a session may; the database row decides
  // whether it is still alive (idle timeout, sign-out, sign out everywhere).
  session: { strategy: "jwt", maxAge: Math.round(sessionPolicy().absoluteMs / 1000) },
  // A refused single sign-on comes back to the sign-in page with ?error=.
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Throttled per account and per address (lib/server/auth/sign-in-throttle.ts):
      // while either is locked the password is not even checked.
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const db = getDb();
        const { email } = parsed.data;
        const address = clientAddress(request.headers);
        if ((await throttleStatus({ db, email, address })).locked) {
          await auditSignIn(db, { outcome: "sign_in_locked", email, address });
          return null;
        }
        const user = await findUserByCredentials({ db, ...parsed.data });
        if (!user) {
          await recordFailedSignIn({ db, email, address });
          await auditSignIn(db, { outcome: "sign_in_failed", email, address });
          return null;
        }
        await recordSuccessfulSignIn({ db, email });
        await auditSignIn(db, { outcome: "sign_in", email, userId: user.id, address });
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ account, user }) {
      if (account?.provider !== "oidc") return true;
      return Boolean(user.email && (await findActiveUser({ db: getDb(), email: user.email })));
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const appUser =
          account.provider === "credentials"
            ? await findActiveUser({ db: getDb(), id: Number(user.id) })
            : await findActiveUser({ db: getDb(), email: user.email ?? "" });
        token.uid = appUser?.id;
        token.sid = appUser ? await startSession({ db: getDb(), userId: appUser.id }) : undefined;
        if (appUser && account.provider !== "credentials") {
          await auditSignIn(getDb(), { outcome: "sign_in", email: appUser.email, userId: appUser.id, provider: account.provider });
        }
      }
      return token;
    },
    session({ session, token }) {
      session.uid = typeof token.uid === "number" ? token.uid : undefined;
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    // Sign-out ends the database session, so a copy of the cookie is dead too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid !== "string") return;
      await endSession({ db: getDb(), sessionId: token.sid });
      if (typeof token.email === "string") await auditSignIn(getDb(), { outcome: "sign_out", email: token.email, userId: typeof token.uid === "number" ? token.uid : null });
    },
  },
});
