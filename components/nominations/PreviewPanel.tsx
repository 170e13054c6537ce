import type { NominationPreview } from "@/lib/server/views/candidates";
import { readinessLabel, statusLabel } from "@/lib/labels";
import type { NominateDraft } from "./NominateForm";

// Step two: what will be saved, the readiness-mismatch warning if the
// latest assessment contradicts "ready now", and the button that saves.
export function PreviewPanel({
  positionId,
  draft,
  preview,
  existingStatus,
  save,
}: {
  positionId: string;
  draft: NominateDraft;
  preview: NominationPreview;
  existingStatus: string | null; // of this candidate's entry on the slate, if the reader may see it
  save: (formData: FormData) => Promise<void>;
}) {
  return (
    <div className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm" data-testid="nomination-preview">
      <p className="text-slate-900">
        Nominate <strong>{preview.candidateName ?? "the person"}</strong> ({preview.candidateId}) as {readinessLabel(draft.readiness)}
        {draft.emergency ? ", emergency successor" : ""}.
      </p>
      {preview.mismatch ? (
        <p role="alert" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          <strong>Readiness mismatch:</strong> {preview.mismatch.reason} The seat will carry the readiness-mismatch flag.
        </p>
      ) : null}
      {existingStatus ? (
        <p className="mt-2 text-slate-700">
          This person already has an entry on the slate ({statusLabel(existingStatus).toLowerCase()}). Saving re-opens it as a proposal
          for HR to decide again.
        </p>
      ) : null}
      {preview.scoresHidden ? (
        <p className="mt-2 text-slate-600">This person is outside your scope: their scores are not shown to you, and HR will check the readiness.</p>
      ) : null}
      {preview.blocked ? (
        <p role="alert" className="mt-2 text-red-800">
          {preview.blocked}
        </p>
      ) : (
        <form action={save} className="mt-3">
          <input type="hidden" name="positionId" value={positionId} />
          <input type="hidden" name="candidateId" value={preview.candidateId} />
          <input type="hidden" name="readiness" value={draft.readiness} />
          <input type="hidden" name="emergency" value={draft.emergency ? "on" : ""} />
          <input type="hidden" name="rationale" value={draft.rationale} />
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900">
            Save nomination
          </button>
        </form>
      )}
    </div>
  );
}
