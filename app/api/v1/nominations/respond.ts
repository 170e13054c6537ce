import { badRequest, conflict, forbidden, notFound } from "@/lib/server/http/api-response";
import type { Outcome } from "@/lib/server/operations/nominations";

// A domain outcome as an HTTP answer: the refusal codes map one to one.
export function respond<T>(outcome: Outcome<T>, status = 200): Response {
  if (outcome.ok) return Response.json(outcome.value, { status });
  switch (outcome.code) {
    case "bad_request":
      return badRequest(outcome.message);
    case "forbidden":
      return forbidden(outcome.message);
    case "not_found":
      return notFound(outcome.message);
    case "conflict":
      return conflict(outcome.message);
  }
}

export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: badRequest("the body must be JSON") };
  }
}
