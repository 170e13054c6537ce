// Cross-site request forgery guard, applied by proxy.ts to every
// state-changing request that a browser could send with the session cookie
// (route handlers, server actions, the import upload, sign-in and sign-out).
// A browser says where a request comes from in, by preference: Origin (every
// current browser on a POST), Sec-Fetch-Site, else Referer. A request that
// carries none of them is refused: a script that needs no browser can send a
// bearer token instead. Pure (no "server-only") so the proxy and tests use it.

export type OriginVerdict = "same-origin" | "cross-origin" | "unknown";

function appHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function originVerdict(headers: Headers): OriginVerdict {
  const host = appHost(headers);
  const origin = headers.get("origin");
  if (origin) return origin !== "null" && host !== null && hostOf(origin) === host ? "same-origin" : "cross-origin";
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" ? "same-origin" : "cross-origin";
  const referer = headers.get("referer");
  if (referer) return host !== null && hostOf(referer) === host ? "same-origin" : "cross-origin";
  return "unknown";
}

export const isSameOrigin = (headers: Headers) => originVerdict(headers) === "same-origin";
