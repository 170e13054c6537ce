import "server-only";

// Cross-site request forgery guard for route handlers that change data with
// the session cookie. Next.js gives server actions this check for free: it
// compares the host of the Origin header with the app's own host
// (x-forwarded-host, else host). Route handlers get nothing, so those that
// a browser form could reach do the same, and stricter: a request without an
// Origin header is refused too (every browser sends one on a POST; a script
// with a bearer token can send it as well). The session cookie's SameSite=Lax
// already keeps it off cross-site POSTs; this also covers a sibling subdomain
// (same site, other origin) and browsers that ignore SameSite.
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || !host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
