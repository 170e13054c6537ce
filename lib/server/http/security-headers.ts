// The response headers proxy.ts puts on every answer (docs/security.md).

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

// Scripts run only with this request's nonce; 'strict-dynamic' lets those
// scripts load the app's chunks. Styles allow inline attributes: React
// renders style="…" for bars and grids, and a style cannot run code.
// form-action also names the single sign-on issuer: the OIDC sign-in form
// posts here and is redirected there.
export function contentSecurityPolicy(options: { nonce: string; development: boolean; https: boolean; formTargets?: string[] }): string {
  const scripts = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`, ...(options.development ? [`'unsafe-eval'`] : [])];
  const directives = [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action ${[`'self'`, ...(options.formTargets ?? [])].join(" ")}`,
    `frame-ancestors 'none'`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function issuerOrigin(issuer: string | undefined): string[] {
  if (!issuer) return [];
  try {
    return [new URL(issuer).origin];
  } catch {
    return [];
  }
}

export const HSTS = "max-age=31536000; includeSubDomains";

// Behind a TLS-terminating proxy the app sees http; the proxy says https.
export function servedOverHttps(url: URL, headers: Headers): boolean {
  return url.protocol === "https:" || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
