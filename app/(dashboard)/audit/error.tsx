"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function AuditError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Audit log" error={error} retry={retry} />;
}
