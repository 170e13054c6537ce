import type { Metadata } from "next";
import { StatCard } from "@/components/ui/StatCard";
import { scopeFor } from "@/lib/server/access";
import { getDb } from "@/lib/server/db";
import { getHomeSummary } from "@/lib/server/home";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Overview" };

const formatCount = new Intl.NumberFormat("en").format;

export default async function HomePage() {
  const user = await requireUser();
  const db = getDb();
  const scope = await scopeFor(db, user);
  const summary = await getHomeSummary({ db, user, scope });
  const whose = scope.kind === "subtree" ? "In your reporting line" : "Across the organization";
  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold text-slate-900">Overview</h1>
      <p className="mt-1 text-slate-600">
        {whose}: the people Baton follows, the seats they fill, and the successor nominations in flight.
      </p>
      <section aria-label="Counts" className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="People" value={formatCount(summary.people)} hint={scope.kind === "subtree" ? "reporting to you, directly or not" : "active employees"} />
        <StatCard label="Positions" value={formatCount(summary.positions)} hint={`${formatCount(summary.vacantPositions)} vacant`} />
        <StatCard label="Critical positions" value={formatCount(summary.criticalPositions)} hint="marked critical by HR" />
        {summary.openNominations === null ? null : (
          <StatCard
            label="Open nominations"
            value={formatCount(summary.openNominations)}
            hint={scope.kind === "subtree" ? "your proposals awaiting HR" : "proposed, awaiting an HR decision"}
          />
        )}
      </section>
    </div>
  );
}
