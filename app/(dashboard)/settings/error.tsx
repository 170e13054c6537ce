"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function SettingsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Settings" error={error} retry={retry} />;
}
