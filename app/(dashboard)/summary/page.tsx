import type { Metadata } from "next";
import { SummaryBrief } from "@/components/summary/SummaryBrief";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findExecutiveSummary } from "@/lib/server/views/summary";
import type { SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "Executive summary" };

export default async function SummaryPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer((await searchParams).asOf);
  return <SummaryBrief viewer={viewer} summary={await findExecutiveSummary(viewer)} />;
}
