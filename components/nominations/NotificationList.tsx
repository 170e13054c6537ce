import { DateTimeText } from "@/components/ui/Dates";
import Link from "next/link";
import type { NotificationRow } from "@/lib/server/operations/notifications";

type Action = (formData: FormData) => Promise<void>;

export function NotificationList({ rows, markRead }: { rows: NotificationRow[]; markRead: Action }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">No notifications yet.</p>;
  const unread = rows.filter((n) => n.readAt === null);
  return (
    <div>
      {unread.length > 0 ? (
        <form action={markRead} className="mb-2 flex items-center justify-between gap-3 text-sm">
          <p className="text-slate-700">
            {unread.length} unread
          </p>
          <input type="hidden" name="upToId" value={Math.max(...unread.map((n) => n.id))} />
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-50">
            Mark all as read
          </button>
        </form>
      ) : null}
      <ul aria-label="Notifications" className="divide-y divide-slate-200 text-sm">
        {rows.map((n) => (
          <li key={n.id} className={`py-2 ${n.readAt === null ? "border-l-4 border-l-amber-400 pl-3" : "pl-4"}`}>
            <p className="text-slate-900">
              {n.readAt === null ? <span className="mr-2 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">New</span> : null}
              {n.link ? (
                <Link href={n.link} className="underline decoration-slate-300 hover:decoration-slate-900">
                  {n.message}
                </Link>
              ) : (
                n.message
              )}
            </p>
            <p className="text-xs text-slate-500"><DateTimeText value={n.createdAt} /></p>
          </li>
        ))}
      </ul>
    </div>
  );
}
