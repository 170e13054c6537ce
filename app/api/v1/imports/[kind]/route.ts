import { apiRoute } from "@/lib/server/http/api-handler";
import { importPush } from "@/lib/server/http/import-push";
import { getProvider } from "@/lib/server/infra/db";

// An HRIS pushes its nightly export here (docs/import.md).
export const POST = apiRoute<{ kind: string }>(({ request, viewer, params }) =>
  importPush({ request, viewer, provider: getProvider(), kind: params.kind }),
);
