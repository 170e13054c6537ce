import { formatPercent, formatScore } from "@/lib/format/numbers";
import { nineBoxPlace, quadrantPlace } from "@/lib/people/placement";
import type { PersonProfile } from "@/lib/server/views/person-profile";
import { NineBoxGrid } from "./NineBoxGrid";
import { QuadrantPlot } from "./QuadrantPlot";
import { Empty, Section } from "./Section";
import { StuckEvidence } from "./StuckEvidence";

function Score({ label, value }: { label: string; value: number | null }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <p className="text-xs font-medium text-slate-600">{label}</p>
      <p className="text-2xl font-semibold tabular-nums text-slate-900">{formatScore(value)}</p>
    </div>
  );
}

// Readiness from the latest assessment: the two scores, where they put the
// person on the nine-box and on the manage/lead matrix, and whether they are
// stuck in management. Only rendered when the data layer released it.
export function ProfileReadiness({ assessment, readyScoreMin }: { assessment: NonNullable<PersonProfile["person"]["assessment"]>; readyScoreMin: number }) {
  const nineBox = nineBoxPlace(assessment.performance, assessment.potential);
  const quadrant = quadrantPlace({ mgmtScore: assessment.managementScore, leadScore: assessment.leadershipScore }, readyScoreMin);
  return (
    <div className="mt-6 grid grid-cols-1 gap-4 lg:grid-cols-3">
      <Section id="readiness" title="Readiness" description={assessment.cycle ? `Latest assessment: ${assessment.cycle}` : "Not assessed yet"}>
        <div className="grid grid-cols-3 gap-2">
          <Score label="Manage" value={assessment.managementScore} />
          <Score label="Lead" value={assessment.leadershipScore} />
          <div className="rounded-md bg-slate-50 px-3 py-2">
            <p className="text-xs font-medium text-slate-600">Leadership time</p>
            <p className="whitespace-nowrap text-2xl font-semibold tabular-nums text-slate-900">{formatPercent(assessment.leadershipTimePct)}</p>
          </div>
        </div>
        <div className="mt-3">
          <StuckEvidence evidence={assessment.stuckInManagement} />
        </div>
      </Section>
      <Section id="nine-box" title="Nine-box" description="Performance × potential, latest cycle">
        {nineBox ? <NineBoxGrid place={nineBox} /> : <Empty>No placement without an assessment.</Empty>}
      </Section>
      <Section id="manage-lead" title="Manage / lead" description="Management score × leadership score">
        {quadrant && assessment.managementScore !== null && assessment.leadershipScore !== null ? (
          <QuadrantPlot place={quadrant} mgmtScore={assessment.managementScore} leadScore={assessment.leadershipScore} threshold={readyScoreMin} />
        ) : (
          <Empty>No place on the matrix without an assessment.</Empty>
        )}
      </Section>
    </div>
  );
}
