import { DateText } from "@/components/ui/Dates";
import { notFound } from "next/navigation";
import { PeopleFilters } from "@/components/people/PeopleFilters";
import { PeopleTable } from "@/components/people/PeopleTable";
import { formatCount } from "@/lib/format/numbers";
import type { PeopleQuery } from "@/lib/schemas/people";
import type { Viewer } from "@/lib/server/access/viewer";
import { findPeopleDirectory, findPeopleFilterOptions } from "@/lib/server/views/people-directory";
import { hrefWith } from "@/lib/tables/url-state";

export interface PeopleContentProps {
  viewer: Viewer;
  query: PeopleQuery;
  params: Record<string, string>;
}

// The directory below the page heading, loaded inside its Suspense boundary.
export async function PeopleContent({ viewer, query, params }: PeopleContentProps) {
  const { asOf, today: now, scope } = viewer;
  const page = await findPeopleDirectory(viewer, query);
  if (!page) notFound();
  const options = await findPeopleFilterOptions(viewer, query.orgUnit);
  const { page: _page, pageSize: _size, ...exportParams } = params;
  const filtered = ["q", "orgUnit", "level", "stuck", "retiringSoon"].some((key) => key in params);
  return (
    <>
      <p className="mt-1 text-slate-600">
        {scope.kind === "subtree" ? "Everyone in your reporting line" : "Everyone in the organization"} ({formatCount(page.total)}
        {filtered ? " matching" : ""}): readiness to manage and to lead from the latest assessment, as of{" "}
        <strong className="text-slate-900"><DateText value={asOf} /></strong>. Scores run 0–100; a dash means not assessed yet.
      </p>
      <PeopleFilters
        key={JSON.stringify(params)}
        query={query}
        asOf={asOf}
        today={now}
        clearHref={query.asOf ? `/people?asOf=${query.asOf}` : "/people"}
        orgUnits={options.orgUnits}
        levels={options.levels}
        exportHref={hrefWith("/people/export", exportParams, {})}
      />
      <div className="mt-4">
        <PeopleTable rows={page.rows} total={page.total} page={page.page} pageSize={page.pageSize} sort={query.sort} filtered={filtered} />
      </div>
    </>
  );
}
