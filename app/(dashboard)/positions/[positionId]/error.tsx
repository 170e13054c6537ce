"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function SlateError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Succession slate" error={error} retry={retry} />;
}
