import type { Metadata } from "next";
import { RiskHeatmap } from "@/components/heatmap/RiskHeatmap";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findRiskOverview } from "@/lib/server/views/risk-overview";
import { findRiskCharts } from "@/lib/server/views/trends";
import type { SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "Risk heatmap" };

export default async function HeatmapPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer((await searchParams).asOf);
  const overview = await findRiskOverview(viewer);
  return <RiskHeatmap viewer={viewer} overview={overview} charts={findRiskCharts(viewer)} />;
}
