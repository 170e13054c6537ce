"use client";

import { RouteError } from "@/components/tables/RouteError";

export default function PeopleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="People" error={error} retry={retry} />;
}
