import Link from "next/link";
import { DateText, DateTimeText } from "@/components/ui/Dates";
import { formatCount } from "@/lib/format/numbers";
import type { SnapshotSummary } from "@/lib/server/operations/plan-snapshots";


// The snapshots, newest first, with what each can do: open, export, compare
// with now, and (admins) delete.
export function SnapshotList({ snapshots, canDelete, deleteAction }: { snapshots: SnapshotSummary[]; canDelete: boolean; deleteAction: (form: FormData) => Promise<void> }) {
  if (snapshots.length === 0) return <p className="text-slate-600">No plan snapshots yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Plan snapshots, newest first</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Plan as of</th>
            <th scope="col" className="px-4 py-2">Taken</th>
            <th scope="col" className="px-4 py-2 text-right">Seats</th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {snapshots.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                <Link href={`/snapshots/${s.id}`} className="text-brand-700 hover:underline">
                  {s.name}
                </Link>
              </th>
              <td className="px-4 py-2 whitespace-nowrap"><DateText value={s.asOf} /></td>
              <td className="px-4 py-2 text-slate-600">
                <DateTimeText value={s.takenAt} /> by {s.takenBy}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{formatCount(s.positionCount)}</td>
              <td className="px-4 py-2">
                <div className="flex flex-wrap items-center justify-end gap-3 whitespace-nowrap">
                  <Link href={`/snapshots/compare?from=${s.id}&to=now`} className="text-brand-700 hover:underline">
                    Compare with now
                  </Link>
                  <a href={`/snapshots/${s.id}/export`} className="text-brand-700 hover:underline">
                    Export CSV
                  </a>
                  {canDelete ? (
                    <form action={deleteAction}>
                      <input type="hidden" name="id" value={s.id} />
                      <button type="submit" className="text-red-700 hover:underline" aria-label={`Delete ${s.name}`}>
                        Delete
                      </button>
                    </form>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
