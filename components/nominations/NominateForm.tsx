import { READINESS_LABELS } from "@/lib/labels";
import { slateHref } from "@/lib/links";

export interface NominateDraft {
  candidate: string;
  readiness: string;
  emergency: boolean;
  rationale: string;
}

// Step one: a GET form, so the page can check the draft (and warn) before
// anything is written.
export function NominateForm({ positionId, draft }: { positionId: string; draft: NominateDraft }) {
  return (
    <form method="get" action={slateHref(positionId)} className="grid max-w-xl gap-3 text-sm">
      <label className="text-slate-700">
        Candidate employee id
        <input name="candidate" required defaultValue={draft.candidate} className="mt-1 block w-64 rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <label className="text-slate-700">
        Readiness
        <select name="readiness" defaultValue={draft.readiness} className="mt-1 block w-64 rounded-md border border-slate-300 px-2 py-1.5">
          {Object.entries(READINESS_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-slate-700">
        <input type="checkbox" name="emergency" value="on" defaultChecked={draft.emergency} />
        Emergency (interim) successor
      </label>
      <label className="text-slate-700">
        Rationale
        <textarea name="rationale" defaultValue={draft.rationale} rows={3} maxLength={2000} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <div>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50">
          Check nomination
        </button>
      </div>
    </form>
  );
}
