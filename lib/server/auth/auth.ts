import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZCredentials } from "@/lib/schemas/auth";
import { getDb } from "@/lib/server/infra/db";
import { oidcSettings } from "@/lib/server/infra/env";
import { findActiveUser, findUserByCredentials } from "./users";

declare module "next-auth" {
  interface Session {
    uid?: number;
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
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserByCredentials({ db: getDb(), ...parsed.data });
        return user ? { id: String(user.id), email: user.email, name: user.name } : null;
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
      }
      return token;
    },
    session({ session, token }) {
      session.uid = typeof token.uid === "number" ? token.uid : undefined;
      return session;
    },
  },
});
