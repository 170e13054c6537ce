import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GapsTable } from "@/components/gaps/GapsTable";
import { SlateList } from "@/components/snapshots/SlateList";
import { filterIssues, InvalidFilters } from "@/components/tables/InvalidFilters";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { ZSnapshotId } from "@/lib/schemas/snapshots";
import { canBrowsePeople, seesRetirement } from "@/lib/server/access/permissions";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findSnapshotPositions } from "@/lib/server/views/plan-snapshots";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { isRetirementOverdue } from "@/lib/domain";
import { DateText } from "@/components/ui/Dates";

export const metadata: Metadata = { title: "Plan snapshot" };

export default async function SnapshotPage(props: { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer();
  const id = ZSnapshotId.safeParse((await props.params).id);
  if (!id.success) notFound();
  const params = firstValues(await props.searchParams);
  const parsed = ZPositionsQuery.safeParse(params);
  if (!parsed.success) return <InvalidFilters title="Plan snapshot" issues={filterIssues(parsed.error)} resetHref={`/snapshots/${id.data}`} />;
  const page = await findSnapshotPositions(viewer, id.data, parsed.data);
  if (!page) notFound();
  const { snapshot } = page;
  const rows = page.rows.map((row) => ({
    ...row,
    incumbentName: page.slates[row.positionId]?.incumbentName ?? null,
    retirementOverdue: isRetirementOverdue(row.retirementDate ?? null, snapshot.asOf),
  }));
  const filtered = ["q", "flag", "orgUnit", "level", "critical", "riskBand"].some((key) => key in params);
  return (
    <div className="max-w-[96rem] space-y-4 [contain:inline-size]">
      <header>
        <p className="text-sm">
          <Link href="/snapshots" className="text-brand-700 hover:underline">
            Plan snapshots
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{snapshot.name}</h1>
        <p className="mt-1 text-slate-600">
          The plan as it stood on <strong className="text-slate-900"><DateText value={snapshot.asOf} /></strong>, frozen by {snapshot.takenBy}. Read-only:
          {viewer.scope.kind === "subtree" ? " the seats in your reporting line." : " every seat."}
        </p>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link href={`/snapshots/compare?from=${snapshot.id}&to=now`} className="font-medium text-brand-700 hover:underline">
            Compare with now
          </Link>
          <a href={`/snapshots/${snapshot.id}/export`} className="font-medium text-brand-700 hover:underline">
            Export CSV
          </a>
        </div>
      </header>
      <GapsTable
        rows={rows}
        total={page.total}
        page={page.page}
        pageSize={page.pageSize}
        sort={parsed.data.sort}
        showsRetirement={seesRetirement(viewer)}
        canOpenProfiles={canBrowsePeople(viewer)}
        filtered={filtered}
      />
      <section aria-labelledby="slates-title" className="space-y-2">
        <h2 id="slates-title" className="text-lg font-semibold text-slate-900">
          Slates
        </h2>
        <SlateList rows={page.rows} slates={page.slates} />
      </section>
    </div>
  );
}
