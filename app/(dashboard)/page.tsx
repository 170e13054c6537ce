import type { Metadata } from "next";
import { HomeOverview } from "@/components/home/HomeOverview";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findHomeView } from "@/lib/server/views/home";
import type { SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "Overview" };

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer((await searchParams).asOf);
  return <HomeOverview view={await findHomeView(viewer)} />;
}
