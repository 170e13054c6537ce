import type { Metadata } from "next";
import { CompareForm } from "@/components/snapshots/CompareForm";
import { SnapshotList } from "@/components/snapshots/SnapshotList";
import { canDeleteSnapshots, canTakeSnapshots } from "@/lib/server/access/permissions";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findPlanSnapshots } from "@/lib/server/views/plan-snapshots";
import { deleteSnapshotAction, takeSnapshotAction } from "./actions";

export const metadata: Metadata = { title: "Plan snapshots" };

export default async function SnapshotsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  const params = await searchParams;
  const snapshots = await findPlanSnapshots(viewer);
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <div className="max-w-5xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">Plan snapshots</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          The succession plan frozen at a moment — every slate and gap-report row, kept unchanged until an admin deletes it. Open one to read it as it
          was, or compare two to see what moved.
        </p>
      </header>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {params.deleted ? (
        <p role="status" className="text-sm text-emerald-800">
          The snapshot was deleted.
        </p>
      ) : null}
      {canTakeSnapshots(viewer) ? (
        <form action={takeSnapshotAction} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <label className="font-medium text-slate-800">
            Name
            <input name="name" required maxLength={100} placeholder="e.g. 2026 H2 review close" className="mt-1 block w-72 rounded-md border border-slate-300 px-2 py-1.5" />
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            Take a snapshot of today’s plan
          </button>
        </form>
      ) : null}
      <SnapshotList snapshots={snapshots} canDelete={canDeleteSnapshots(viewer)} deleteAction={deleteSnapshotAction} />
      {snapshots.length > 0 ? (
        <section aria-labelledby="compare-title" className="space-y-2">
          <h2 id="compare-title" className="text-lg font-semibold text-slate-900">
            Compare two plans
          </h2>
          <CompareForm snapshots={snapshots} />
        </section>
      ) : null}
    </div>
  );
}
