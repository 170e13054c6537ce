import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { scopeFor, type Scope } from "@/lib/server/access/scope";
import { internalError, invalidInput, unauthorized } from "./api-response";
import { getDb, type Db } from "@/lib/server/infra/db";
import { getCurrentUser } from "@/lib/server/auth/session";
import type { AppUser } from "@/lib/server/auth/users";

export interface ApiContext<P> {
  request: NextRequest;
  user: AppUser;
  scope: Scope;
  db: Db;
  params: P;
}

// Every /api/v1 handler runs in one order: authenticate → scope → handler
// (parse → query → respond). Unexpected errors are logged and answered with
// a generic 500 that reveals nothing of the internals.
export function apiRoute<P = Record<string, never>>(handler: (context: ApiContext<P>) => Promise<Response>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await getCurrentUser();
      if (!user) return unauthorized();
      const db = getDb();
      const scope = await scopeFor(db, user);
      return await handler({ request, user, scope, db, params: await context.params });
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
