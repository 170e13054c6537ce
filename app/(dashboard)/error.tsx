"use client";

import { RouteError } from "@/components/tables/RouteError";

// The fallback for workspaces without an error page of their own.
export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Baton" error={error} retry={retry} />;
}
