import "server-only";
import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import type { RefusalCode, Result } from "@/lib/server/operations/result";

// One error shape for the whole API: { error: { code, message } }.
export type ApiErrorCode = "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "internal";

function error(status: number, code: ApiErrorCode, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

export const badRequest = (message: string) => error(400, "bad_request", message);
export const unauthorized = () => error(401, "unauthorized", "sign in, or send Authorization: Bearer <token>");
export const forbidden = (message = "your role may not do this") => error(403, "forbidden", message);
export const notFound = (message = "not found, or outside what you may see") => error(404, "not_found", message);
export const conflict = (message: string) => error(409, "conflict", message);
export const payloadTooLarge = (message: string) => error(413, "payload_too_large", message);
export const internalError = () => error(500, "internal", "something went wrong on our side; it has been logged");

export function invalidInput(zodError: ZodError) {
  return badRequest(zodError.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
}

const REFUSAL_STATUS: Record<RefusalCode, number> = { bad_request: 400, forbidden: 403, not_found: 404, conflict: 409 };

// An operation's Result as an HTTP answer: the refusal codes map one to one.
export function respond<T>(result: Result<T>, status = 200): Response {
  if (result.ok) return Response.json(result.value, { status });
  return error(REFUSAL_STATUS[result.code], result.code, result.message);
}
