import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { findViewer } from "@/lib/server/access/request-viewer";
import type { Viewer } from "@/lib/server/access/viewer";
import { badRequest, internalError, invalidInput, unauthorized } from "./api-response";

export interface ApiContext<P> {
  request: NextRequest;
  viewer: Viewer;
  params: P;
}

// Every /api/v1 handler runs in one order: authenticate → viewer → handler
// (parse → query → respond). The viewer's as-of date is the ?asOf= of the
// request; a handler whose query schema takes asOf refuses a bad one first. Unexpected errors are logged and answered with
// a generic 500 that reveals nothing of the internals.
export function apiRoute<P = Record<string, never>>(handler: (context: ApiContext<P>) => Promise<Response>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const viewer = await findViewer(request.nextUrl.searchParams.get("asOf"));
      if (!viewer) return unauthorized();
      return await handler({ request, viewer, params: await context.params });
    } catch (error) {
      console.error("api error", request.method, request.nextUrl.pathname, error);
      return internalError();
    }
  };
}

export function parseQuery<T extends z.ZodType>(request: NextRequest, schema: T): { ok: true; data: z.infer<T> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalidInput(parsed.error) };
}

export async function parseJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: badRequest("the body must be JSON") };
  }
}
