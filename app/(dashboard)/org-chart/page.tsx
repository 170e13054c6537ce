import { DateText } from "@/components/ui/Dates";
import type { Metadata } from "next";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { OrgChart } from "@/components/org-chart/OrgChart";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findOrgChartStart } from "@/lib/server/views/org-chart";
import type { SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "Succession org chart" };

export default async function OrgChartPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer((await searchParams).asOf);
  const { asOf, today, scope } = viewer;
  const start = await findOrgChartStart(viewer);
  return (
    <div className="max-w-6xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">Succession org chart</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          {scope.kind === "subtree" ? "Your reporting line" : "The reporting tree"} as seats, as of{" "}
          <strong className="font-semibold text-slate-900"><DateText value={asOf} /></strong>: who holds each seat, who is ready to succeed them, and what is flagged. Open a seat
          to see the seats reporting to it, or find a person by name.
        </p>
        <AsOfBanner asOf={asOf} today={today} className="mt-3" />
      </header>
      <OrgChart start={start} />
    </div>
  );
}
