import type { Metadata } from "next";
import { OrgChart } from "@/components/org-chart/OrgChart";
import { scopeFor } from "@/lib/server/access";
import { AsOfBanner } from "@/components/history/AsOfBanner";
import { resolveAsOf } from "@/lib/server/as-of";
import { getDb } from "@/lib/server/db";
import { findOrgChartStart } from "@/lib/server/org-chart";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Succession org chart" };

export default async function OrgChartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const db = getDb();
  const scope = await scopeFor(db, user);
  const { asOf, today } = resolveAsOf((await searchParams).asOf);
  const start = await findOrgChartStart({ db, scope, asOf });
  return (
    <div className="max-w-6xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">Succession org chart</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          {scope.kind === "subtree" ? "Your reporting line" : "The reporting tree"} as seats, as of{" "}
          <strong className="font-semibold text-slate-900">{asOf}</strong>: who holds each seat, who is ready to succeed them, and what is flagged. Open a seat
          to see the seats reporting to it, or find a person by name.
        </p>
        <AsOfBanner asOf={asOf} today={today} className="mt-3" />
      </header>
      <OrgChart start={start} />
    </div>
  );
}
