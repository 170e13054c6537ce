"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function TeamError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="My team" error={error} retry={retry} />;
}
