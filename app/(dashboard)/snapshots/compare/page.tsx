import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareForm } from "@/components/snapshots/CompareForm";
import { ComparisonView } from "@/components/snapshots/ComparisonView";
import { ZCompareQuery } from "@/lib/schemas/snapshots";
import { getViewer } from "@/lib/server/access/request-viewer";
import { comparePlanSnapshots, findPlanSnapshots } from "@/lib/server/views/plan-snapshots";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { DateText } from "@/components/ui/Dates";

export const metadata: Metadata = { title: "Compare plans" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer();
  const parsed = ZCompareQuery.safeParse(firstValues(await searchParams));
  const snapshots = await findPlanSnapshots(viewer);
  const view = parsed.success ? await comparePlanSnapshots(viewer, parsed.data) : null;
  if (parsed.success && !view) notFound();
  const label = (side: NonNullable<typeof view>["from" | "to"]) =>
    side.id === "now" ? (
      <>
        now (<DateText value={side.asOf} />)
      </>
    ) : (
      <>
        {`“${"name" in side ? side.name : ""}”`} (<DateText value={side.asOf} />)
      </>
    );
  return (
    <div className="max-w-6xl space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/snapshots" className="text-brand-700 hover:underline">
            Plan snapshots
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Compare plans</h1>
        <p className="mt-1 text-slate-600">
          {view ? (
            <>
              From {label(view.from)} to {label(view.to)}: what moved in the succession plan.
            </>
          ) : (
            "Choose a snapshot, and another snapshot or now."
          )}
        </p>
      </header>
      {snapshots.length > 0 ? (
        <CompareForm snapshots={snapshots} from={parsed.success ? parsed.data.from : undefined} to={parsed.success ? parsed.data.to : undefined} />
      ) : (
        <p className="text-slate-600">No plan snapshots yet.</p>
      )}
      {view ? <ComparisonView view={view} /> : null}
    </div>
  );
}
