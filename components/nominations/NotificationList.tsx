import Link from "next/link";
import type { NotificationRow } from "@/lib/server/notifications";

export function NotificationList({ rows }: { rows: NotificationRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">No notifications yet.</p>;
  return (
    <ul aria-label="Notifications" className="divide-y divide-slate-200 text-sm">
      {rows.map((n) => (
        <li key={n.id} className="py-2">
          <p className="text-slate-900">{n.link ? <Link href={n.link} className="hover:underline">{n.message}</Link> : n.message}</p>
          <p className="text-xs text-slate-500">{n.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
        </li>
      ))}
    </ul>
  );
}
