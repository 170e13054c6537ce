import Link from "next/link";
import type { CandidateHit } from "@/lib/server/views/candidates";
import { slateHref } from "@/lib/links";

// A plain GET form: the search runs on the server, scoped to the reader.
export function CandidateSearch({ positionId, q, hits, pickHref }: { positionId: string; q: string; hits: CandidateHit[]; pickHref: (id: string) => string }) {
  return (
    <div>
      <form method="get" action={slateHref(positionId)} className="flex items-end gap-2">
        <label className="text-sm text-slate-700">
          Find a candidate
          <input name="q" defaultValue={q} placeholder="Name or employee id" className="mt-1 block w-64 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
          Search
        </button>
      </form>
      {q ? (
        hits.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">Nobody found in what you may see. You can still enter an employee id below.</p>
        ) : (
          <ul aria-label="Candidates found" className="mt-2 text-sm">
            {hits.map((h) => (
              <li key={h.employeeId}>
                <Link href={pickHref(h.employeeId)} className="text-brand-700 hover:underline">
                  {h.name} ({h.employeeId})
                </Link>{" "}
                <span className="text-slate-500">
                  {h.title}, {h.levelCode}
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
