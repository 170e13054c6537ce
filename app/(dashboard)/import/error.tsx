"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function ImportError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Import" error={error} retry={retry} />;
}
