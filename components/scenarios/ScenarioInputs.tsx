import Link from "next/link";
import { hrefWith } from "@/lib/tables/url-state";
import type { ScenarioPageView } from "@/lib/server/views/scenario-page";

// Picking the leavers: a name search whose hits add a person to the address,
// and a retire-by date. Plain GET forms and links: the address is the scenario.

export function scenarioParams(view: Pick<ScenarioPageView, "leavers" | "retireBy" | "asOf">, today: string): Record<string, string> {
  const params: Record<string, string> = {};
  if (view.leavers.length > 0) params.leavers = view.leavers.join(",");
  if (view.retireBy) params.retireBy = view.retireBy;
  if (view.asOf !== today) params.asOf = view.asOf;
  return params;
}

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

export function ScenarioInputs({ view, today }: { view: ScenarioPageView; today: string }) {
  const params = scenarioParams(view, today);
  const withLeavers = (ids: string[]) => hrefWith("/scenarios", { ...params, ...(view.q ? { q: view.q } : {}) }, { leavers: ids.length > 0 ? ids.join(",") : null });
  return (
    <section aria-labelledby="inputs-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="inputs-heading" className="text-lg font-semibold text-slate-900">Who leaves?</h2>
      {view.leavers.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen leavers">
          {view.chosen.map(({ employeeId: id, name }) => (
            <li key={id} className="flex items-center gap-2 rounded-full bg-slate-100 py-1 pl-3 pr-1 text-sm text-slate-800">
              {name}
              <Link
                href={withLeavers(view.leavers.filter((l) => l !== id))}
                className="rounded-full px-2 text-slate-600 hover:bg-slate-200 hover:text-slate-900"
                aria-label={`Remove ${name}`}
              >
                ×
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Nobody chosen yet. Search for people by name or seat, or give a retire-by date.</p>
      )}
      <form method="get" action="/scenarios" className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end" aria-label="Scenario inputs">
        {params.leavers ? <input type="hidden" name="leavers" value={params.leavers} /> : null}
        {params.asOf ? <input type="hidden" name="asOf" value={params.asOf} /> : null}
        <label className="block text-sm font-medium text-slate-700">
          Find a person (name, employee id or seat title)
          <input type="search" name="q" defaultValue={view.q} className={input} placeholder="e.g. Chief Financial Officer" />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Everyone retiring by
          <input type="date" name="retireBy" defaultValue={view.retireBy ?? ""} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Search and play
        </button>
      </form>
      {view.search ? (
        view.search.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody active matches “{view.q}”.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="People found">
            {view.search.map((hit) => (
              <li key={hit.employeeId} className="flex items-center justify-between gap-4 px-3 py-2 text-sm">
                <span>
                  <span className="font-medium text-slate-900">{hit.name}</span>{" "}
                  <span className="text-slate-600">
                    {hit.employeeId} · {hit.level}
                    {hit.seats.length > 0 ? ` · ${hit.seats.join(", ")}` : " · holds no seat"}
                  </span>
                </span>
                {hit.chosen ? (
                  <span className="text-slate-500">Chosen</span>
                ) : (
                  <Link href={withLeavers([...view.leavers, hit.employeeId])} className="rounded-md border border-brand-600 px-2.5 py-1 font-medium text-brand-700 hover:bg-brand-50">
                    Add {hit.name} as a leaver
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
