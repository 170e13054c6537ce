import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { filterIssues, InvalidFilters } from "@/components/tables/InvalidFilters";
import { TableSkeleton } from "@/components/tables/TableSkeleton";
import { ZPeopleQuery } from "@/lib/schemas/people";
import { getViewer } from "@/lib/server/access/request-viewer";
import { canBrowsePeople } from "@/lib/server/access/permissions";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { PeopleContent } from "./PeopleContent";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = firstValues(await searchParams);
  const viewer = await getViewer(params.asOf);
  // Before anything streams, so executives get a real 404 (see
  // [employeeId]/page.tsx); findPeopleDirectory refuses them as well.
  if (!canBrowsePeople(viewer)) notFound();
  const parsed = ZPeopleQuery.safeParse(params);
  if (!parsed.success) return <InvalidFilters title="People" issues={filterIssues(parsed.error)} resetHref="/people" />;
  return (
    <div className="max-w-[96rem] [contain:inline-size]">
      <h1 className="text-2xl font-bold text-slate-900">People</h1>
      <Suspense fallback={<TableSkeleton rows={12} />}>
        <PeopleContent viewer={viewer} query={parsed.data} params={params} />
      </Suspense>
    </div>
  );
}
