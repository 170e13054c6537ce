import { originVerdict } from "./same-origin";

// What proxy.ts refuses before any route runs (docs/security.md). Pure, so
// every rule is unit-tested without a server.

export interface Refusal {
  status: 403 | 411 | 413 | 415;
  code: "forbidden" | "length_required" | "payload_too_large" | "unsupported_media_type";
  message: string;
}

// The import upload and the HRIS push carry whole HRIS files (CSV or XLSX,
// lib/schemas/import-upload.ts); their handlers check the file's 50 MB and
// its type exactly, this only bounds the request.
export const IMPORT_PATH = "/import/run";
export const IMPORT_PUSH_PREFIX = "/api/v1/imports/";
const carriesFile = (pathname: string) => pathname === IMPORT_PATH || pathname.startsWith(IMPORT_PUSH_PREFIX);
export const IMPORT_BODY_LIMIT = 50_000_000 + 64 * 1024;
// Forms, server actions and API writes are small; 1 MB is generous.
export const BODY_LIMIT = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

export const isStateChanging = (method: string) => !SAFE_METHODS.has(method.toUpperCase());
export const hasBearerToken = (headers: Headers) => /^Bearer\s+\S+$/i.test(headers.get("authorization") ?? "");

export function bodyLimitFor(pathname: string): number {
  return carriesFile(pathname) ? IMPORT_BODY_LIMIT : BODY_LIMIT;
}

function isJson(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

export function guardRequest(request: { method: string; pathname: string; headers: Headers }): Refusal | null {
  const { headers, pathname } = request;
  const method = request.method.toUpperCase();
  if (!isStateChanging(method)) return null;

  // A bearer token is never sent by a browser on its own, so a request that
  // carries one was written by its sender on purpose: no forgery to refuse.
  if (!hasBearerToken(headers)) {
    const verdict = originVerdict(headers);
    if (verdict !== "same-origin") {
      return {
        status: 403,
        code: "forbidden",
        message: verdict === "unknown" ? "request refused: it says neither Origin, Sec-Fetch-Site nor Referer" : "cross-origin request refused",
      };
    }
  }

  const length = headers.get("content-length");
  if (length === null && headers.has("transfer-encoding")) {
    return { status: 411, code: "length_required", message: "send the body with a Content-Length" };
  }
  const limit = bodyLimitFor(pathname);
  if (Number(length) > limit) {
    return { status: 413, code: "payload_too_large", message: `the request body is larger than ${Math.round(limit / 1_000_000)} MB` };
  }

  if (pathname.startsWith("/api/v1/") && !carriesFile(pathname) && BODY_METHODS.has(method) && !isJson(headers.get("content-type"))) {
    return { status: 415, code: "unsupported_media_type", message: "send the body as application/json" };
  }
  return null;
}
