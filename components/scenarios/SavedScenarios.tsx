import Link from "next/link";
import { DateText } from "@/components/ui/Dates";
import type { SavedScenarioView } from "@/lib/server/operations/scenarios";

type Action = (form: FormData) => Promise<void>;

function Description({ scenario: s }: { scenario: SavedScenarioView }) {
  const named = s.leavers.length > 0 ? `${s.leavers.length} named leaver${s.leavers.length === 1 ? "" : "s"}` : null;
  return (
    <>
      {named}
      {named && s.retireBy ? " and " : null}
      {s.retireBy ? (
        <>
          everyone retiring by <DateText value={s.retireBy} />
        </>
      ) : null}
    </>
  );
}

// The scenarios HR keeps: each opens by its link, played again on the data as it is.
export function SavedScenarios({ list, current, remove }: { list: SavedScenarioView[]; current: number | null; remove: Action | null }) {
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="saved-heading" className="space-y-2">
      <h2 id="saved-heading" className="text-lg font-semibold text-slate-900">Saved scenarios</h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="saved-scenarios">
        {list.map((s) => (
          <li key={s.id} className={`flex flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm ${s.id === current ? "bg-brand-50" : ""}`}>
            <span>
              <Link href={`/scenarios?saved=${s.id}`} className="font-medium text-brand-700 hover:underline" aria-current={s.id === current ? "page" : undefined}>
                {s.name}
              </Link>{" "}
              <span className="text-slate-600">· <Description scenario={s} /></span>
            </span>
            {remove ? (
              <form action={remove}>
                <input type="hidden" name="id" value={s.id} />
                <button type="submit" className="rounded px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-red-800" aria-label={`Delete ${s.name}`}>
                  Delete
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

// HR names the scenario on screen; the inputs go along hidden, as in the address.
export function SaveScenarioForm({ leavers, retireBy, name, save }: { leavers: string[]; retireBy: string | null; name: string; save: Action }) {
  return (
    <form action={save} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Save this scenario">
      <input type="hidden" name="leavers" value={leavers.join(",")} />
      {retireBy ? <input type="hidden" name="retireBy" value={retireBy} /> : null}
      <label className="block grow text-sm font-medium text-slate-700">
        Save as (saving under an existing name replaces it)
        <input name="name" required maxLength={120} defaultValue={name} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Save scenario
      </button>
    </form>
  );
}
