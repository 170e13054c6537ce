import { apiRoute } from "@/lib/server/api-handler";
import { getProvider } from "@/lib/server/db";
import { importPush } from "@/lib/server/http/import-push";

// An HRIS pushes its nightly export here (docs/import.md).
export const POST = apiRoute<{ kind: string }>(({ request, db, user, params }) =>
  importPush({ request, db, provider: getProvider(), user, kind: params.kind }),
);
