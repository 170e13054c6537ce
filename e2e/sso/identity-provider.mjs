// A real OpenID Connect provider (the `oidc-provider` package) on loopback,
// standing in for Okta, Entra ID or Google in the single sign-on e2e. Its
// built-in development screens accept any login name: the name typed is the
// email the provider vouches for. Started by e2e/sso.spec.ts:
//   node e2e/sso/identity-provider.mjs <port> <baton base url> <client id> <client secret>
import { createServer } from "node:http";
import Provider from "oidc-provider";

const [port, baton, CLIENT_ID, CLIENT_SECRET] = process.argv.slice(2);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [`${baton}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: id.split("@")[0] }) };
  },
  // Put email and name in the ID token, as Okta, Entra ID and Google do.
  conformIdTokenClaims: false,
  cookies: { keys: ["e2e-only-cookie-key"] },
});
createServer(provider.callback()).listen(Number(port), "127.0.0.1", () => console.log("ready"));
