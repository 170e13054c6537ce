import Link from "next/link";
import { CandidateSearch } from "@/components/nominations/CandidateSearch";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { NominateForm } from "@/components/nominations/NominateForm";
import { PreviewPanel } from "@/components/nominations/PreviewPanel";
import { SuggestionParts, SuggestionsTable } from "@/components/nominations/Suggestions";
import { SlateSuccessors } from "@/components/nominations/SlateSuccessors";
import { FlagBadges } from "@/components/gaps/FlagBadges";
import { Section } from "@/components/people/Section";
import { BENCH_LABELS } from "@/lib/labels";
import { slateHref } from "@/lib/links";
import type { SlateView } from "@/lib/server/views/slate";
import { hrefWith } from "@/lib/tables/url-state";
import { formatUnitPath } from "@/lib/format/units";

export interface SlateProps {
  view: SlateView;
  query: Record<string, string>;
  save: (form: FormData) => Promise<void>;
}

// A seat's succession slate: its approved successors and, for those who
// nominate, the search, the form and the check before saving.
export function Slate({ view, query, save }: SlateProps) {
  const { seat, positionId, incumbent, canNominate, draft, q, rows, hits, preview } = view;
  const here = slateHref(positionId);
  const picked = view.suggestions.find((s) => s.employeeId === draft.candidate) ?? null;

  return (
    <div className="max-w-5xl">
      <Link href="/gaps" className="text-sm text-brand-700 hover:underline">
        ← Pipeline gaps
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">
        {seat.title} <span className="text-slate-500">({seat.positionId})</span>
      </h1>
      <p className="mt-1 text-slate-600">
        {formatUnitPath(seat.orgUnitPath)} · {seat.level} · {incumbent} · {BENCH_LABELS[seat.benchStrength]}
      </p>
      {view.whatIf ? (
        <p className="mt-2">
          <Link href={view.whatIf.href} prefetch={false} className="text-sm font-medium text-brand-700 hover:underline">
            What if {view.whatIf.name} leaves? Play out the chain of moves →
          </Link>
        </p>
      ) : null}
      <div className="mt-2 flex items-center gap-2 text-sm" data-testid="seat-flags">
        <span className="text-slate-600">Flags:</span>
        <FlagBadges flags={seat.flags} />
      </div>
      <FlashMessage done={query.done} error={query.error} />
      <div className="mt-6 flex flex-col gap-6">
        <Section id="successors" title="Successors" description="Approved nominations by readiness; only these count towards bench strength.">
          <SlateSuccessors rows={rows} />
        </Section>
        {canNominate ? (
          <Section id="suggestions" title="Suggested successors" description="People you may name, at this level or up to two rungs below, by fit. Every part of the fit is shown; the formula and its weights are in the settings.">
            <SuggestionsTable rows={view.suggestions} pickHref={(id) => hrefWith(here, {}, { candidate: id })} />
          </Section>
        ) : null}
        {canNominate ? (
          <Section id="nominate" title="Nominate a successor" description="Check the nomination first: a “ready now” that the latest assessment contradicts is flagged before you save.">
            <CandidateSearch positionId={positionId} q={q} hits={hits} pickHref={(id) => hrefWith(here, {}, { candidate: id })} />
            <div className="mt-4 flex flex-wrap items-start gap-6">
              <NominateForm key={JSON.stringify(draft)} positionId={positionId} draft={draft} />
              {picked ? <SuggestionParts row={picked} /> : null}
            </div>
            {draft.candidate && !preview ? (
              <p role="alert" className="mt-4 text-sm text-red-800">
                No active person with employee id “{draft.candidate}”, or not one who can be named here.
              </p>
            ) : null}
            {preview ? <PreviewPanel
                positionId={positionId}
                draft={draft}
                preview={preview}
                existingStatus={rows.find((r) => r.candidateId === draft.candidate)?.status ?? null}
                save={save}
              /> : null}
          </Section>
        ) : null}
      </div>
    </div>
  );
}
