"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function GapsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Pipeline gaps" error={error} retry={retry} />;
}
