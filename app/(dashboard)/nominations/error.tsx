"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function NominationsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Nominations" error={error} retry={retry} />;
}
