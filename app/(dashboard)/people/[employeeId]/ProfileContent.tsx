import { DateText } from "@/components/ui/Dates";
import { notFound } from "next/navigation";
import { BenchBadge } from "@/components/gaps/BenchBadge";
import { FlagBadges } from "@/components/gaps/FlagBadges";
import { RiskBar } from "@/components/gaps/RiskBar";
import { SuccessorCounts } from "@/components/gaps/SuccessorCounts";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { ProfileFacts } from "@/components/people/ProfileFacts";
import { ProfileReadiness } from "@/components/people/ProfileReadiness";
import { requestLocale } from "@/lib/server/http/locale";
import { AuditTable, DevelopmentActionsList, NominationsTable, ScoreHistoryTable } from "@/components/people/ProfileTables";
import { Section } from "@/components/people/Section";
import type { Viewer } from "@/lib/server/access/viewer";
import { findPersonProfile } from "@/lib/server/views/person-profile";
import { formatUnitPath } from "@/lib/format/units";

// The profile itself, loaded inside the page's Suspense boundary. Every part
// was already filtered for this viewer by findPersonProfile.
export interface ProfileContentProps {
  viewer: Viewer;
  employeeId: string;
}

export async function ProfileContent({ viewer, employeeId }: ProfileContentProps) {
  const { asOf } = viewer;
  const profile = await findPersonProfile(viewer, employeeId);
  if (!profile) notFound();
  const { person, seat } = profile;

  return (
    <>
      <header>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold text-slate-900">{person.name}</h1>
          {person.active ? null : <ToneBadge tone="neutral">Left the organization</ToneBadge>}
          {person.assessment?.stuckInManagement.stuck ? <ToneBadge tone="caution">Stuck in management</ToneBadge> : null}
        </div>
        <p className="mt-1 text-slate-600">
          {person.title} · {formatUnitPath(person.orgUnitPath)} · {person.level}
          <span className="text-slate-500"> · as of <DateText value={asOf} /></span>
        </p>
      </header>

      <ProfileFacts profile={profile} />

      {person.assessment ? (
        <ProfileReadiness assessment={person.assessment} readyScoreMin={profile.readyScoreMin} />
      ) : (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
          Assessments and scores of your own profile are visible to HR only.
        </p>
      )}

      {seat?.visible ? (
        <Section id="seat" title="Their seat" description={`${seat.title} (${seat.positionId}): how exposed it is`} className="mt-6">
          <dl className="grid grid-cols-2 gap-4 text-sm md:grid-cols-4">
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Risk</dt>
              <dd className="mt-1">
                <RiskBar risk={seat.risk} />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Successors</dt>
              <dd className="mt-1">
                <SuccessorCounts successors={seat.successors} />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Bench</dt>
              <dd className="mt-1">
                <BenchBadge bench={seat.benchStrength} />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Flags</dt>
              <dd className="mt-1">
                <FlagBadges flags={seat.flags} />
              </dd>
            </div>
          </dl>
        </Section>
      ) : null}

      {profile.history ? (
        <Section id="history" title="Scores over cycles" description="Every submitted assessment, oldest first; scores run 0–100" className="mt-6">
          <ScoreHistoryTable rows={profile.history} showFlightRisk={person.sensitive !== undefined} />
        </Section>
      ) : null}

      <div className="mt-6 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Section id="nominated-for" title="Named as successor" description="Seats this person is nominated for">
          <NominationsTable rows={profile.nominationsFor} counterpart="nominator" caption="Nominations naming this person as successor" empty="Not named on any slate you can see." />
        </Section>
        <Section id="nominations-made" title="Nominations made" description="Successors this person has put forward">
          <NominationsTable rows={profile.nominationsBy} counterpart="candidate" caption="Nominations made by this person" empty="No nominations you can see." />
        </Section>
      </div>

      <Section id="development" title="Development actions" className="mt-6">
        <DevelopmentActionsList rows={profile.developmentActions} />
      </Section>

      {profile.audit ? (
        <Section id="audit" title="Audit history" description="Visible to HR only; newest first" className="mt-6">
          <AuditTable rows={profile.audit} names={profile.auditNames} locale={await requestLocale()} />
        </Section>
      ) : null}
    </>
  );
}
