import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { filterIssues, InvalidFilters } from "@/components/tables/InvalidFilters";
import { TableSkeleton } from "@/components/tables/TableSkeleton";
import { ZPeopleQuery } from "@/lib/schemas/people";
import { scopeFor } from "@/lib/server/access/scope";
import { getDb } from "@/lib/server/infra/db";
import { canBrowsePeople } from "@/lib/server/views/people-directory";
import { requireUser } from "@/lib/server/auth/session";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { PeopleContent } from "./PeopleContent";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requireUser();
  // Before anything streams, so executives get a real 404 (see
  // [employeeId]/page.tsx); findPeopleDirectory refuses them as well.
  if (!canBrowsePeople(user.role)) notFound();
  const params = firstValues(await searchParams);
  const parsed = ZPeopleQuery.safeParse(params);
  if (!parsed.success) return <InvalidFilters title="People" issues={filterIssues(parsed.error)} resetHref="/people" />;
  const db = getDb();
  const scope = await scopeFor(db, user);
  return (
    <div className="max-w-[96rem] [contain:inline-size]">
      <h1 className="text-2xl font-bold text-slate-900">People</h1>
      <Suspense fallback={<TableSkeleton rows={12} />}>
        <PeopleContent db={db} user={user} scope={scope} query={parsed.data} params={params} />
      </Suspense>
    </div>
  );
}
