import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { TeamTable } from "@/components/team/TeamTable";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findTeam } from "@/lib/server/views/team";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "My team" };

export default async function TeamPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = firstValues(await searchParams);
  const team = await findTeam(await getViewer(params.asOf));
  if (!team) notFound();
  const hr = team.kind === "unassessed";

  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold text-slate-900">{hr ? "Not yet assessed" : "My team"}</h1>
      <p className="mt-1 text-slate-600">
        {hr
          ? "Active people with no submitted assessment in the open cycle, across the organization."
          : "Everyone who reports to you, directly or indirectly, and where they stand."}{" "}
        {team.cycle ? (
          <>
            Open cycle: <strong>{team.cycle.name}</strong>.
          </>
        ) : (
          <strong>No talent-review cycle is open, so nobody can be assessed right now.</strong>
        )}
      </p>
      <FlashMessage done={params.done} error={params.error} />
      <div className="mt-6">
        {team.rows.length === 0 ? (
          <p className="text-sm text-slate-500">{hr ? "Everyone is assessed in the open cycle." : "Nobody reports to you."}</p>
        ) : (
          <TeamTable rows={team.rows} />
        )}
        {team.total > team.rows.length ? (
          <p className="mt-2 text-sm text-slate-500">
            Showing the first {team.rows.length} of {team.total}, by employee id.
          </p>
        ) : null}
      </div>
    </div>
  );
}
