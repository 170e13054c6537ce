import type { StoredSlate } from "@/lib/server/operations/plan-snapshots";

const names = (list: { id: string; name: string }[]) => (list.length === 0 ? "—" : list.map((p) => p.name).join(", "));

// The approved successors of the seats on the page, as the snapshot froze them.
export function SlateList({ rows, slates }: { rows: { positionId: string; title: string }[]; slates: Record<string, StoredSlate> }) {
  const withSlate = rows.filter((r) => {
    const s = slates[r.positionId];
    return s && s.readyNow.length + s.readyIn1to2Years.length + s.readyIn3PlusYears.length > 0;
  });
  if (withSlate.length === 0) return <p className="text-sm text-slate-600">No seat on this page had an approved successor.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Slates of the seats on this page</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">Position</th>
            <th scope="col" className="px-4 py-2">Ready now</th>
            <th scope="col" className="px-4 py-2">Ready in 1–2 years</th>
            <th scope="col" className="px-4 py-2">Ready in 3+ years</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {withSlate.map((r) => {
            const s = slates[r.positionId]!;
            return (
              <tr key={r.positionId}>
                <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">
                  {r.title} <span className="font-mono text-xs text-slate-500">{r.positionId}</span>
                </th>
                <td className="px-4 py-2">{names(s.readyNow)}</td>
                <td className="px-4 py-2">{names(s.readyIn1to2Years)}</td>
                <td className="px-4 py-2">{names(s.readyIn3PlusYears)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
