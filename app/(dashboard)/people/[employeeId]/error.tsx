"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function ProfileError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Person" error={error} retry={retry} />;
}
