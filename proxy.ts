import { NextResponse, type NextRequest } from "next/server";
import { guardRequest } from "@/lib/server/http/request-guard";
import { contentSecurityPolicy, HSTS, issuerOrigin, newNonce, servedOverHttps } from "@/lib/server/http/security-headers";

// One gate in front of every page, route handler and server action
// (docs/security.md): cross-site writes, bodies that are too large or not
// JSON are refused here; every answer gets a per-request CSP nonce (Next
// reads it from the request's Content-Security-Policy header and puts it on
// its own scripts), and is never stored by a cache.
export function proxy(request: NextRequest) {
  const refusal = guardRequest({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refusal) {
    return NextResponse.json(
      { error: { code: refusal.code, message: refusal.message } },
      { status: refusal.status, headers: { "Cache-Control": "no-store" } },
    );
  }

  const nonce = newNonce();
  const https = servedOverHttps(request.nextUrl, request.headers);
  const csp = contentSecurityPolicy({
    nonce,
    https,
    development: process.env.NODE_ENV === "development",
    formTargets: issuerOrigin(process.env.BATON_OIDC_ISSUER),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "no-store");
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Built assets are public and immutable: they keep Next's long cache.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
