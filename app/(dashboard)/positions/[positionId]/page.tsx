import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateSearch } from "@/components/nominations/CandidateSearch";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { NominateForm, type NominateDraft } from "@/components/nominations/NominateForm";
import { PreviewPanel } from "@/components/nominations/PreviewPanel";
import { SlateSuccessors } from "@/components/nominations/SlateSuccessors";
import { Section } from "@/components/people/Section";
import { ZReadiness } from "@/lib/schemas/nominations";
import { canAdminister, canNominate as roleCanNominate, scopeFor } from "@/lib/server/access/scope";
import { previewNomination, searchCandidates } from "@/lib/server/views/candidates";
import { getDb } from "@/lib/server/infra/db";
import { findNominations, findVisibleSeat } from "@/lib/server/operations/nominations";
import { requireUser } from "@/lib/server/auth/session";
import { getOrgState } from "@/lib/server/state/org-state";
import { today } from "@/lib/server/infra/today";
import { firstValues, hrefWith, type SearchParamsRecord } from "@/lib/tables/url-state";
import { saveNominationAction } from "./actions";

export const metadata: Metadata = { title: "Succession slate" };

interface SlatePageProps {
  params: Promise<{ positionId: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

export default async function SlatePage({ params, searchParams }: SlatePageProps) {
  const user = await requireUser();
  const positionId = decodeURIComponent((await params).positionId);
  const query = firstValues(await searchParams);
  const db = getDb();
  const scope = await scopeFor(db, user);
  // Outside the reader's scope looks exactly like a seat that does not exist.
  const seat = await findVisibleSeat({ db, scope, positionId });
  if (!seat) notFound();

  const canNominate = roleCanNominate(user.role);
  const draft: NominateDraft = {
    candidate: (query.candidate ?? "").trim(),
    readiness: ZReadiness.safeParse(query.readiness).data ?? "1_2_years",
    emergency: query.emergency === "on",
    rationale: query.rationale ?? "",
  };
  const q = query.q ?? "";
  const [state, rows, hits, preview] = await Promise.all([
    getOrgState({ db, asOf: today() }),
    findNominations({ db, user, scope, positionId }),
    // Non-HR users cannot name themselves, so they are not offered.
    canNominate && q ? searchCandidates({ db, scope, q, excludeId: canAdminister(user.role) ? null : user.personId }) : Promise.resolve([]),
    canNominate && draft.candidate ? previewNomination({
          db,
          scope,
          positionId,
          candidateId: draft.candidate,
          readiness: draft.readiness,
          selfId: canAdminister(user.role) ? null : user.personId,
        }) : Promise.resolve(null),
  ]);
  const incumbent = seat.incumbentEmployeeId ? `${state.names.get(seat.incumbentEmployeeId) ?? ""} (${seat.incumbentEmployeeId})` : "Vacant";
  const here = `/positions/${encodeURIComponent(positionId)}`;

  return (
    <div className="max-w-5xl">
      <Link href="/gaps" className="text-sm text-brand-700 hover:underline">
        ← Pipeline gaps
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">
        {seat.title} <span className="text-slate-500">({seat.positionId})</span>
      </h1>
      <p className="mt-1 text-slate-600">
        {seat.orgUnitPath} · {seat.level} · {incumbent} · bench strength {seat.benchStrength}
      </p>
      <p className="mt-1 text-sm" data-testid="seat-flags">
        Flags: {seat.flags.length === 0 ? "none" : seat.flags.join(", ")}
      </p>
      <FlashMessage done={query.done} error={query.error} />
      <div className="mt-6 flex flex-col gap-6">
        <Section id="successors" title="Successors" description="Approved nominations by readiness; only these count towards bench strength.">
          <SlateSuccessors rows={rows} />
        </Section>
        {canNominate ? (
          <Section id="nominate" title="Nominate a successor" description="Check the nomination first: a “ready now” that the latest assessment contradicts is flagged before you save.">
            <CandidateSearch positionId={positionId} q={q} hits={hits} pickHref={(id) => hrefWith(here, {}, { candidate: id })} />
            <div className="mt-4">
              <NominateForm key={JSON.stringify(draft)} positionId={positionId} draft={draft} />
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
                save={saveNominationAction}
              /> : null}
          </Section>
        ) : null}
      </div>
    </div>
  );
}
