import { nineBoxName, type NineBoxPlace } from "@/lib/people/placement";

const LEVEL = ["", "low", "medium", "high"] as const;

// Potential rises upwards, performance to the right, as nine-box grids are
// usually drawn. The sentence under the grid carries the meaning; the grid
// is a picture of it.
export function NineBoxGrid({ place }: { place: NineBoxPlace }) {
  const rows = [3, 2, 1];
  const cols = [1, 2, 3];
  return (
    <figure>
      <div className="flex items-stretch gap-2" aria-hidden="true">
        <div className="flex w-4 items-center justify-center">
          <span className="-rotate-90 whitespace-nowrap text-[11px] font-medium text-slate-500">Potential →</span>
        </div>
        <div className="grid flex-1 grid-cols-3 gap-1">
          {rows.flatMap((potential) =>
            cols.map((performance) => {
              const here = performance === place.performance && potential === place.potential;
              return (
                <div
                  key={`${performance}-${potential}`}
                  className={`flex h-14 items-center justify-center rounded px-1 text-center text-[11px] leading-tight ${
                    here ? "bg-brand-600 font-semibold text-white ring-2 ring-brand-900" : "bg-slate-100 text-slate-600"
                  }`}
                >
                  {nineBoxName(performance, potential)}
                </div>
              );
            }),
          )}
        </div>
      </div>
      <p aria-hidden="true" className="mt-1 pl-6 text-center text-[11px] font-medium text-slate-500">
        Performance →
      </p>
      <figcaption className="mt-2 text-sm text-slate-700">
        <strong>{place.name}</strong>: performance {place.performance} ({LEVEL[place.performance]}), potential {place.potential} ({LEVEL[place.potential]}).
      </figcaption>
    </figure>
  );
}
