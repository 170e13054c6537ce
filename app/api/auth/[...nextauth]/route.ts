import type { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth/auth";
import { auditSignIn } from "@/lib/server/auth/sign-in-audit";
import { throttleStatus } from "@/lib/server/auth/sign-in-throttle";
import { clientAddress, describeWait } from "@/lib/server/auth/throttle-policy";
import { getDb } from "@/lib/server/infra/db";

export const { GET } = handlers;

// A script posting credentials straight to next-auth learns it is locked out
// with 429 and Retry-After, not a redirect it cannot tell from a wrong password.
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const address = clientAddress(request.headers);
    const status = await throttleStatus({ db: getDb(), email, address });
    if (status.locked) {
      await auditSignIn(getDb(), { outcome: "sign_in_locked", email, address });
      return Response.json(
        { error: { code: "too_many_requests", message: `too many failed sign-ins; try again in ${describeWait(status.retryAfterMs)}` } },
        { status: 429, headers: { "Retry-After": String(Math.ceil(status.retryAfterMs / 1000)) } },
      );
    }
  }
  return handlers.POST(request);
}
