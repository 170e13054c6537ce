import { DateText } from "@/components/ui/Dates";
import { GapFilters } from "@/components/gaps/GapFilters";
import { GapSummary } from "@/components/gaps/GapSummary";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { GapsTable } from "@/components/gaps/GapsTable";
import type { PositionsQuery } from "@/lib/schemas/api";
import type { Viewer } from "@/lib/server/access/viewer";
import type { GapsView } from "@/lib/server/views/gaps";
import { hrefWith } from "@/lib/tables/url-state";

export interface GapsReportProps {
  viewer: Viewer;
  view: GapsView;
  query: PositionsQuery;
  params: Record<string, string>;
}

// The Pipeline gaps page below its address: the summary tiles, the filters and the table.
export function GapsReport({ viewer, view, query, params }: GapsReportProps) {
  const { asOf, today: now, scope } = viewer;
  const { page: _page, pageSize: _size, ...exportParams } = params;
  const filtered = ["q", "flag", "orgUnit", "level", "critical", "riskBand"].some((key) => key in params);

  return (
    <div className="max-w-[96rem] [contain:inline-size]">
      <h1 className="text-2xl font-bold text-slate-900">Pipeline gaps</h1>
      <p className="mt-1 text-slate-600">
        {scope.kind === "subtree" ? "The seats in your reporting line" : "Every position in the organization"}: who holds it, how likely it is to
        open, who is ready to step in, and what is at risk — as of <strong className="text-slate-900"><DateText value={asOf} /></strong>.
      </p>
      <AsOfBanner asOf={asOf} today={now} className="mt-3" />
      <GapSummary summary={view.summary} params={params} activeFlag={query.flag} />
      <GapFilters
        key={JSON.stringify(params)}
        query={query}
        asOf={asOf}
        today={now}
        clearHref={query.asOf ? `/gaps?asOf=${query.asOf}` : "/gaps"}
        orgUnits={view.orgUnits}
        levels={view.levels}
        exportHref={hrefWith("/gaps/export", exportParams, {})}
      />
      <div className="mt-4">
        <GapsTable
          rows={view.rows}
          total={view.total}
          page={view.page}
          pageSize={view.pageSize}
          sort={query.sort}
          showsRetirement={view.showsRetirement}
          canOpenProfiles={view.canOpenProfiles}
          filtered={filtered}
        />
      </div>
      {view.showsRetirement ? null : (
        <p className="mt-3 text-xs text-slate-600">Retirement dates are personal plans and are shown to HR and managers only.</p>
      )}
    </div>
  );
}
