import type { Metadata } from "next";
import { GapsReport } from "@/components/gaps/GapsReport";
import { filterIssues, InvalidFilters } from "@/components/tables/InvalidFilters";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findGapsView } from "@/lib/server/views/gaps";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "Pipeline gaps" };

export default async function GapsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = firstValues(await searchParams);
  const viewer = await getViewer(params.asOf);
  const parsed = ZPositionsQuery.safeParse(params);
  if (!parsed.success) return <InvalidFilters title="Pipeline gaps" issues={filterIssues(parsed.error)} resetHref="/gaps" />;
  const view = await findGapsView(viewer, parsed.data);
  return <GapsReport viewer={viewer} view={view} query={parsed.data} params={params} />;
}
