import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { filterIssues, InvalidFilters } from "@/components/tables/InvalidFilters";
import { TeamFilters } from "@/components/team/TeamFilters";
import { TeamTable } from "@/components/team/TeamTable";
import { formatCount } from "@/lib/format/numbers";
import { ZTeamQuery } from "@/lib/schemas/team";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findTeam } from "@/lib/server/views/team";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "My team" };

export default async function TeamPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = firstValues(await searchParams);
  const parsed = ZTeamQuery.safeParse(params);
  const query = parsed.success ? parsed.data : ZTeamQuery.parse({});
  const team = await findTeam(await getViewer(params.asOf), query);
  if (!team) notFound();
  const hr = team.kind === "unassessed";
  if (!parsed.success) return <InvalidFilters title={hr ? "Not yet assessed" : "My team"} issues={filterIssues(parsed.error)} resetHref="/team" />;
  const filtered = query.q !== undefined || query.status !== undefined;

  return (
    <div className="max-w-6xl [contain:inline-size]">
      <h1 className="text-2xl font-bold text-slate-900">{hr ? "Not yet assessed" : "My team"}</h1>
      <p className="mt-1 text-slate-600">
        {hr
          ? `Active people with no submitted assessment in the open cycle, across the organization (${formatCount(team.everyone)}).`
          : `Everyone who reports to you, directly or indirectly (${formatCount(team.everyone)}), and where they stand.`}{" "}
        {team.cycle ? (
          <>
            Open cycle: <strong>{team.cycle.name}</strong>.
          </>
        ) : (
          <strong>No talent-review cycle is open, so nobody can be assessed right now.</strong>
        )}
      </p>
      <FlashMessage done={params.done} error={params.error} />
      {team.everyone === 0 ? (
        <p className="mt-6 text-sm text-slate-500">{hr ? "Everyone is assessed in the open cycle." : "Nobody reports to you."}</p>
      ) : (
        <>
          <TeamFilters query={query} showSubmitted={!hr} />
          <div className="mt-4">
            <TeamTable rows={team.rows} total={team.total} page={team.page} pageSize={query.pageSize} sort={query.sort} filtered={filtered} />
          </div>
        </>
      )}
    </div>
  );
}
