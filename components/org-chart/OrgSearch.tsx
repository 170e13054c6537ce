"use client";

import { useId, useState, type FormEvent } from "react";
import type { OrgSearchMatch } from "@/lib/server/views/org-chart";
import { fetchSearch } from "./api";
import { formatUnitPath } from "@/lib/format/units";

// Find a person by name: one match opens the way to them at once; several
// are listed to pick from.
export function OrgSearch({ asOf, onPick, onStatus }: { asOf: string; onPick: (match: OrgSearchMatch) => void; onStatus: (text: string) => void }) {
  const inputId = useId();
  const [matches, setMatches] = useState<OrgSearchMatch[]>([]);
  const [pending, setPending] = useState(false);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    if (q.length < 2) {
      onStatus("Type at least two letters of a name.");
      return;
    }
    setPending(true);
    try {
      const { matches: found, total } = await fetchSearch(q, asOf);
      setMatches(found.length > 1 ? found : []);
      if (found.length === 0) onStatus(`No one in your view matches “${q}”.`);
      else if (found.length === 1) onPick(found[0]!);
      else onStatus(`${total} people match “${q}”${total > found.length ? `; the first ${found.length} are listed` : ""}. Pick one.`);
    } catch (error) {
      onStatus(`Search failed: ${error instanceof Error ? error.message : "unknown error"}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="w-full max-w-xl">
      <form role="search" onSubmit={search} className="flex items-end gap-2">
        <div className="flex flex-1 flex-col">
          <label htmlFor={inputId} className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            Find a person
          </label>
          <input
            id={inputId}
            name="q"
            type="search"
            autoComplete="off"
            placeholder="Name or employee id"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? "Finding…" : "Find"}
        </button>
      </form>
      {matches.length > 0 ? (
        <ul aria-label="Matching people" className="mt-2 max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white text-sm shadow-sm">
          {matches.map((m) => (
            <li key={m.positionId}>
              <button
                type="button"
                onClick={() => {
                  setMatches([]);
                  onPick(m);
                }}
                className="w-full px-3 py-2 text-left hover:bg-brand-50"
              >
                <span className="font-medium text-slate-900">{m.name}</span>
                <span className="text-slate-600">
                  {" "}
                  — {m.title}, {formatUnitPath(m.orgUnitPath)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
